package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The 长辈模式 switch: a form on every page, remembered for a year in a cookie. */
@Controller
class PreferencesController {

    @PostMapping("/preferences/elder-mode")
    RedirectView elderMode(
            @RequestParam boolean on,
            @RequestParam(name = "return", required = false) String returnTo,
            HttpServletResponse response) {
        var cookie = ResponseCookie.from(Layout.ELDER_COOKIE, on ? "1" : "")
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .maxAge(on ? Duration.ofDays(365) : Duration.ZERO)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        var back = new RedirectView(ReturnPath.safe(returnTo), true);
        // the path came from the browser: take it literally, never as a URI template
        back.setExpandUriTemplateVariables(false);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return back;
    }
}
