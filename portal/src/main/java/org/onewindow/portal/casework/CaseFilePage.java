package org.onewindow.portal.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.mycases.RequestedMaterial;
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

    /** The application's status while the office waits for the applicant's corrections (补正). */
    static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";

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
        model.addAttribute("handIn", handIn(application));
        model.addAttribute("requested", requested(item, application));
        model.addAttribute("procedures", PROCEDURES);
        model.addAttribute("maxExtension", DecisionController.MAX_EXTENSION);
        model.addAttribute("problems", problems);
        model.addAttribute("errorSummary", problems.summary());
        model.addAttribute("typed", typed);
        return VIEW;
    }

    /** The version the application was made under: its material names and form titles. */
    ItemGuide item(ReviewCase.Summary summary) {
        return item(summary.itemCode(), summary.itemVersion(), summary.caseNo());
    }

    private ItemGuide item(String itemCode, int itemVersion, String caseNo) {
        try {
            return catalog.version(itemCode, itemVersion)
                    .map(found -> found.guide())
                    .orElse(null);
        } catch (GatewayUnavailableException e) {
            log.info("case {} shown without the item's names: {}", caseNo, e.getMessage());
            return null;
        }
    }

    /**
     * 补正收件: a counter case waits for the applicant's supplement and she brings it to the window,
     * so the clerk hands it in for her. Whether this clerk filed the case is the API's to say.
     */
    boolean handIn(Application application) {
        return staff.is(Staff.CLERK) && SUPPLEMENT_REQUESTED.equals(application.status());
    }

    /** What the office asked for, named from the item's version the application was made under. */
    List<RequestedMaterial> requested(Application application) {
        return requested(item(application.itemCode(), application.itemVersion(), application.caseNo()), application);
    }

    private static List<RequestedMaterial> requested(ItemGuide item, Application application) {
        var byId = item == null
                ? Map.<String, ItemGuide.Material>of()
                : item.materials().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                ItemGuide.Material::id, material -> material, (a, b) -> a));
        return RequestedMaterial.forSupplement(application, byId).stream()
                .filter(material -> material.materialId() != null)
                .toList();
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
