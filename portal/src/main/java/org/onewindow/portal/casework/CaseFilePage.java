package org.onewindow.portal.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.publicapi.PageLocale;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the case page shows, worked out here rather than in the template: the case and its
 * clock from review, the form and the files from the application, names from the item's version,
 * each listed department's opinion (or that it is awaited), and the forms the person may use.
 * Used for the page and for showing it again beside what she typed when the API refused a step.
 */
@Component
public class CaseFilePage {

    private static final Logger log = LoggerFactory.getLogger(CaseFilePage.class);

    static final String VIEW = "casework/case";

    /** The special procedures review knows (特别程序). */
    static final List<String> PROCEDURES = List.of("HEARING", "EXPERT_REVIEW", "INSPECTION");

    private final CaseworkClient client;
    private final CatalogClient catalog;
    private final Staff staff;
    private final MessageSource messages;

    CaseFilePage(CaseworkClient client, CatalogClient catalog, Staff staff, MessageSource messages) {
        this.client = client;
        this.catalog = catalog;
        this.staff = staff;
        this.messages = messages;
    }

    /** One listed department and its opinion, or null while it is awaited. */
    public record DepartmentOpinion(String department, ReviewCase.Opinion opinion) {}

    String render(String caseNo, Model model, Problems problems, Map<String, Object> typed) {
        var reviewCase = client.reviewCase(caseNo);
        var application = client.application(caseNo);
        var item = item(reviewCase.reviewCase());
        var locale = PageLocale.current();
        var roles = Staff.ROLES.stream().filter(staff::is).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("caseFile", reviewCase);
        model.addAttribute("summary", reviewCase.reviewCase());
        // not "application": Thymeleaf reads ${application} as the servlet context
        model.addAttribute("filed", application);
        model.addAttribute("materials", CaseMaterial.of(item == null ? List.of() : item.materials(), application));
        model.addAttribute(
                "formData",
                FormData.of(
                        item == null ? null : item.formSchema(),
                        application.form(),
                        // the catalog's schemas mostly carry no titles: the same field names as
                        // filing's form shows (filing.field.<name>), else the key
                        key -> messages.getMessage("filing.field." + key, null, key, locale),
                        messages.getMessage("cases.yes", null, locale),
                        messages.getMessage("cases.no", null, locale)));
        model.addAttribute("departmentOpinions", opinions(reviewCase));
        model.addAttribute("allowed", Allowed.of(roles, staff.department(), reviewCase));
        model.addAttribute("notices", Notices.available(reviewCase, application));
        model.addAttribute("procedures", PROCEDURES);
        model.addAttribute("maxExtension", DecisionController.MAX_EXTENSION);
        model.addAttribute("problems", problems);
        model.addAttribute("errorSummary", problems.summary());
        model.addAttribute("typed", typed);
        return VIEW;
    }

    /** The version the application was made under: its material names and form titles. */
    ItemGuide item(ReviewCase.Summary summary) {
        try {
            return catalog.version(summary.itemCode(), summary.itemVersion())
                    .map(found -> found.guide())
                    .orElse(null);
        } catch (GatewayUnavailableException e) {
            log.info("case {} shown without the item's names: {}", summary.caseNo(), e.getMessage());
            return null;
        }
    }

    /** Every listed department in the item's order, then any opinion from a department no longer listed. */
    static List<DepartmentOpinion> opinions(ReviewCase reviewCase) {
        var rows = new ArrayList<DepartmentOpinion>();
        for (var department : reviewCase.reviewCase().reviewDepartments()) {
            rows.add(new DepartmentOpinion(
                    department,
                    reviewCase.opinions().stream()
                            .filter(o -> department.equals(o.department()))
                            .findFirst()
                            .orElse(null)));
        }
        reviewCase.opinions().stream()
                .filter(o -> !reviewCase.reviewCase().reviewDepartments().contains(o.department()))
                .forEach(o -> rows.add(new DepartmentOpinion(o.department(), o)));
        return rows;
    }

    /** The application's materials named from the item, for the notices. */
    List<CaseMaterial> materials(ReviewCase.Summary summary, Application application) {
        var item = item(summary);
        return CaseMaterial.of(item == null ? List.of() : item.materials(), application);
    }
}
