package org.onewindow.portal.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * The portal as Keycloak's public client: its registration (every endpoint named, none
 * discovered), where the tokens are kept (the session, never the browser), and how an expired
 * access token is refreshed. Every call to Keycloak has the spring.http.clients timeouts: a
 * Keycloak that hangs must not hold a person's page forever.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClients {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        var registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                // a public client: no secret; Spring Security then always sends a PKCE challenge (S256)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // {baseUrl} is the forwarded host: the gateway's address, as the browser knows it
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .authorizationUri(keycloak.browserEndpoint("auth"))
                .tokenUri(keycloak.internalEndpoint("token"))
                .jwkSetUri(keycloak.internalEndpoint("certs"))
                // no userinfo call: the ID token carries the name (the realm's full-name mapper)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(keycloak.issuerUri())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** In the session, so in PostgreSQL: a restart of the portal keeps everyone signed in. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    RestClientAuthorizationCodeTokenResponseClient codeExchange(RestClient.Builder http) {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(tokenEndpoint(http));
        return client;
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            RestClient.Builder http) {
        var refresh = new RestClientRefreshTokenTokenResponseClient();
        refresh.setRestClient(tokenEndpoint(http));
        var providers = OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(token -> token.accessTokenResponseClient(refresh))
                .build();
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(providers);
        return manager;
    }

    /** Checks the ID token as Spring Security would, with the key set fetched under timeouts. */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders(RestTemplateBuilder http) {
        var keys = http.build();
        // one decoder per registration: it keeps Keycloak's keys and fetches them again only for a new key id
        var decoders = new ConcurrentHashMap<String, JwtDecoder>();
        return registration -> decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            var decoder = NimbusJwtDecoder.withJwkSetUri(
                            registration.getProviderDetails().getJwkSetUri())
                    .restOperations(keys)
                    .build();
            decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
            return decoder;
        });
    }

    /** What Spring Security's token clients need: form out, token response or OAuth2 error in. */
    private static RestClient tokenEndpoint(RestClient.Builder http) {
        return http.clone()
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }
}
