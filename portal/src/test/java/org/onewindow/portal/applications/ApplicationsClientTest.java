package org.onewindow.portal.applications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.onewindow.portal.system.AccessTokens;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.NotFoundException;
import org.onewindow.portal.system.SignInAgainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The one client of application-service's applicant API, as filing and 我的办件 both use it. */
class ApplicationsClientTest extends PortalTestSupport {

    static final UUID ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final String API = "/api/applications/" + ID;

    @MockitoBean
    AccessTokens accessTokens;

    @Autowired
    ApplicationsClient applications;

    @BeforeEach
    void signedIn() {
        when(accessTokens.current()).thenReturn(Optional.of("test-token"));
    }

    @Test
    void answersBecomeWhatThePagesShow() {
        GATEWAY.stubFor(WireMock.get(urlEqualTo(API)).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> applications.get(ID)).isInstanceOf(NotFoundException.class);

        GATEWAY.stubFor(WireMock.get(urlEqualTo(API)).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> applications.get(ID)).isInstanceOf(SignInAgainException.class);

        GATEWAY.stubFor(WireMock.get(urlEqualTo(API)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> applications.get(ID)).isInstanceOf(GatewayUnavailableException.class);

        GATEWAY.stubFor(WireMock.get(urlEqualTo(API)).willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> applications.get(ID)).isInstanceOf(GatewayUnavailableException.class);
    }

    @Test
    void aRefusalCarriesItsProblemWithTheStatusTheAnswerReallyHad() {
        GATEWAY.stubFor(post(urlEqualTo(API + "/withdraw"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"urn:onewindow:problem:conflict","status":400,"detail":"not now",
                                 "errors":[{"field":"reason","code":"size","message":"too long"}]}
                                """)));

        assertThatThrownBy(() -> applications.withdraw(ID, "不需要了"))
                .isInstanceOfSatisfying(ApiRefusedException.class, refused -> {
                    assertThat(refused.conflict()).isTrue();
                    assertThat(refused.problem().slug()).isEqualTo("conflict");
                    assertThat(refused.problem().errors())
                            .containsExactly(new ApiProblem.FieldError("reason", "size", "too long"));
                });
    }

    @Test
    void aRefusalWithoutAProblemDocumentStillSaysItsStatus() {
        GATEWAY.stubFor(post(urlEqualTo(API + "/evaluation"))
                .willReturn(aResponse()
                        .withStatus(413)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>too large</html>".getBytes(StandardCharsets.UTF_8))));

        assertThatThrownBy(() -> applications.evaluate(ID, 5, null))
                .isInstanceOfSatisfying(ApiRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(413);
                    assertThat(refused.problem().slug()).isEmpty();
                    assertThat(refused.problem().errors()).isEmpty();
                });
    }
}
