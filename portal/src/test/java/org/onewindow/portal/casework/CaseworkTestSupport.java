package org.onewindow.portal.casework;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.onewindow.portal.PortalTestSupport;

/** The gateway stood in for one case: review's view of it, the application behind it and the item's version. */
abstract class CaseworkTestSupport extends PortalTestSupport {

    static final String PAGE = "/workbench/cases/" + CaseJson.CASE_NO;
    static final String REVIEW_API = "/api/review/cases/" + CaseJson.CASE_NO;

    static void theCaseIs(CaseJson found) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo(REVIEW_API)).willReturn(okJson(found.reviewCase())));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/by-case/" + CaseJson.CASE_NO))
                .willReturn(okJson(found.application())));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + CaseJson.ITEM + "/versions/1"))
                .willReturn(json("casework/item.json")));
    }
}
