package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CallerTest {

    static JwtAuthenticationToken token(Map<String, Object> claims) {
        var jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("f3c1")
                .claim("preferred_username", "applicant")
                .claims(c -> c.putAll(claims))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_applicant")));
    }

    @Test
    void anApplicantsTokenCarriesHerVerifiedIdentity() {
        var caller =
                Caller.from(token(Map.of("id_number", "530102198805120033", "phone", "13700137000", "name", "张三")));
        assertThat(caller.idNumber()).contains("530102198805120033");
        assertThat(caller.phone()).contains("13700137000");
        assertThat(caller.name()).contains("张三");
        assertThat(caller.hasRole(Roles.APPLICANT)).isTrue();
    }

    @Test
    void missingOrBlankIdentityClaimsAreEmpty() {
        var caller = Caller.from(token(Map.of("id_number", " ", "name", "")));
        assertThat(caller.idNumber()).isEmpty();
        assertThat(caller.phone()).isEmpty();
        assertThat(caller.name()).isEmpty();
    }
}
