package org.onewindow.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The controllers' own check, which holds even where a service's security rules let a request through. */
class SupervisorsTest {

    private final DeadLetterController controller = new DeadLetterController(null, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherRoleIsRefusedWith403() {
        signIn(new TestingAuthenticationToken("clerk", null, "ROLE_clerk"));
        assertThatThrownBy(() -> controller.list(null, 0, 20))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> controller.redrive(1))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void anAnonymousCallerIsRefusedWith401() {
        signIn(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> controller.list(null, 0, 20))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> new OutboxController(null).parked())
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }

    @Test
    void aSupervisorPasses() {
        signIn(new TestingAuthenticationToken("sv", null, "ROLE_supervisor"));
        assertThat(Supervisors.require().username()).isEqualTo("sv");
    }

    private static void signIn(org.springframework.security.core.Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}
