package org.onewindow.portal.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.portal.publicapi.PublicFormat;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable notices (受理通知书, 不予受理通知书, 补正材料通知书): a plain A4 page with the bureau's
 * heading, printed from the browser (workbench.css drops the site's frame in print). A notice the
 * case has not reached does not exist.
 */
@Controller
class NoticeController {

    private final CaseworkClient client;
    private final CaseFilePage page;
    private final Clock clock = Clock.system(PublicFormat.BUREAU);

    NoticeController(CaseworkClient client, CaseFilePage page) {
        this.client = client;
        this.page = page;
    }

    @GetMapping(CasePaths.CASE + "/notices/{kind:acceptance|not-accepted|supplement}")
    String notice(@PathVariable String caseNo, @PathVariable String kind, Model model) {
        var reviewCase = client.reviewCase(caseNo);
        var application = client.application(caseNo);
        if (!Notices.available(reviewCase, application).contains(kind)) {
            throw new NotFoundException("case " + caseNo + " has no " + kind + " notice");
        }
        var summary = reviewCase.reviewCase();
        Map<String, String> names = page.materials(summary, application).stream()
                .collect(Collectors.toMap(CaseMaterial::id, CaseMaterial::name, (a, b) -> a));
        model.addAttribute("kind", kind);
        model.addAttribute("summary", summary);
        model.addAttribute("filed", application);
        model.addAttribute("materialNames", names);
        model.addAttribute("dated", Notices.dated(kind, reviewCase, application, LocalDate.now(clock)));
        return "casework/notice";
    }
}
