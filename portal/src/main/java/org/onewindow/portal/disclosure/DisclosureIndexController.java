package org.onewindow.portal.disclosure;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 信息公开: the way into what the bureau publishes. It calls no service, so it works while one is down. */
@Controller
class DisclosureIndexController {

    @GetMapping("/disclosure")
    String index() {
        return "disclosure/index";
    }
}
