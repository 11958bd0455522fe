package org.onewindow.portal.system;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the gateway whom the portal is calling for. The gateway's rate limit and the services'
 * guess throttles count per client address; without this every visitor of the portal would share
 * the portal's one address (one complaint a minute for the whole province, twenty wrong query codes
 * from anyone locking everyone out). The gateway believes the header from the portal only (its
 * trusted proxies) and appends its own hop. A default header, not an interceptor: any interceptor
 * makes Spring hold a whole request body in memory, and uploads should stream. The visitor's address is the remote address the
 * gateway forwarded to us (server.forward-headers-strategy: framework).
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {}

    /** Names the visitor of the page being served, if a page is being served (a request, not a task). */
    static void name(HttpHeaders headers) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var address = attributes.getRequest().getRemoteAddr();
            if (address != null && !address.isBlank()) {
                headers.set(FORWARDED_FOR, address);
            }
        }
    }
}
