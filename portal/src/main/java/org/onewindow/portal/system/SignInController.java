package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's 登录 link: remembers the page it was on, then starts the sign-in at Keycloak. And
 * the calm page for a sign-in that did not complete (cancelled at Keycloak, or too slow).
 */
@Controller
class SignInController {

    private final ReturnAfterSignIn returnAfterSignIn;

    SignInController(ReturnAfterSignIn returnAfterSignIn) {
        this.returnAfterSignIn = returnAfterSignIn;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "return", required = false) String returnTo, HttpServletRequest request) {
        returnAfterSignIn.remember(request, returnTo);
        return "redirect:" + SignInEntryPoint.SIGN_IN;
    }

    @GetMapping("/sign-in/failed")
    String failed() {
        return "account/sign-in-failed";
    }
}
