package org.onewindow.portal.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.onewindow.portal.system.Htmx;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 通知公告 and 政策文件: the list, newest first, by kind if asked, and one notice whole. */
@Controller
class NoticesController {

    static final int PAGE_SIZE = 20;
    static final List<String> KINDS = List.of("NOTICE", "POLICY");
    private static final String PATH = "/disclosure/notices";

    private final DisclosureClient disclosure;

    NoticesController(DisclosureClient disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping(PATH)
    String notices(
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var shown = kind != null && KINDS.contains(kind) ? kind : null;
        int number = Pages.clamp(page);
        model.addAttribute("notices", disclosure.notices(shown, number - 1, PAGE_SIZE));
        model.addAttribute("kind", shown);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("previousUrl", Pages.url(PATH, "kind", shown, number - 1));
        model.addAttribute("nextUrl", Pages.url(PATH, "kind", shown, number + 1));
        model.addAttribute("firstUrl", Pages.url(PATH, "kind", shown, 1));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return Htmx.isPartial(request) ? "disclosure/notices :: notices" : "disclosure/notices";
    }

    // notices are numbered by year (2026-00001): anything else is not one, without asking the service
    @GetMapping(PATH + "/{number:[0-9]{4}-[0-9]{1,10}}")
    String notice(@PathVariable String number, Model model) {
        var notice = disclosure.notice(number).orElseThrow(() -> new NotFoundException("no notice " + number));
        model.addAttribute("notice", notice);
        return "disclosure/notice";
    }
}
