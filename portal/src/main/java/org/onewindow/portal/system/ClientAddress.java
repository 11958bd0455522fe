package org.onewindow.portal.system;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the gateway whom the portal is calling for. The gateway's rate limit and the services'
 * guess throttles count per client address; without this every visitor of the portal would share
 * the portal's one address (one complaint a minute for the whole province, twenty wrong query codes
 * from anyone locking everyone out). The gateway believes the header from the portal only (its
 * trusted proxies) and appends its own hop. The visitor's address is the remote address the
 * gateway forwarded to us (server.forward-headers-strategy: framework).
 */
final class ClientAddress implements ClientHttpRequestInterceptor {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var address = attributes.getRequest().getRemoteAddr();
            if (address != null && !address.isBlank()) {
                request.getHeaders().set(FORWARDED_FOR, address);
            }
        }
        return execution.execute(request, body);
    }
}
