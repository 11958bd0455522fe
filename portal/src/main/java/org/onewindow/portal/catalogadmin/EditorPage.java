package org.onewindow.portal.catalogadmin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onewindow.portal.catalogadmin.EditorProblems.EditorErrors;
import org.onewindow.portal.filing.FormPreview;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The editor page, as every one of its answers draws it: the form as typed, its problems, the preview. */
@Component
class EditorPage {

    private final FormPreview forms;
    private final GuideValues values;

    EditorPage(FormPreview forms, GuideValues values) {
        this.forms = forms;
        this.values = values;
    }

    /**
     * @param status the item's status and versions as the API last told them (null for a new item)
     */
    ModelAndView of(
            GuideForm form, AdminItems.Draft status, ErrorSummary summary, EditorErrors errors, HttpStatus httpStatus) {
        var page = new ModelAndView("catalogadmin/editor", httpStatus);
        page.addObject("form", form);
        page.addObject("item", status);
        page.addObject("summary", summary);
        page.addObject("errors", errors);
        page.addObject("preview", SchemaPreview.of(form.formSchema(), forms));
        page.addObject("options", choices(form));
        page.addObject(
                "action", form.isNew() ? "/workbench/catalog/new" : "/workbench/catalog/" + form.code() + "/draft");
        return page;
    }

    ModelAndView of(GuideForm form, AdminItems.Draft status) {
        return of(form, status, ErrorSummary.none(), EditorErrors.none(), HttpStatus.OK);
    }

    /** Every select's and box list's choices, with any value the guide has that the portal does not know. */
    private Map<String, List<GuideValues.Choice>> choices(GuideForm form) {
        var rows = form.materials();
        return Map.ofEntries(
                Map.entry("type", values.choices("type", form.type())),
                Map.entry("department", values.choices("department", form.department())),
                Map.entry("serviceObjects", values.choices("serviceObjects", form.serviceObjects())),
                Map.entry("handlingType", values.choices("handlingType", form.handlingType())),
                Map.entry("onlineDepth", values.choices("onlineDepth", form.onlineDepth())),
                Map.entry("maxVisits", values.choices("maxVisits", form.maxVisits())),
                Map.entry("reviewDepartments", values.choices("reviewDepartments", form.reviewDepartments())),
                Map.entry("form", values.choices("form", each(rows, GuideForm.MaterialRow::form))),
                Map.entry("requirement", values.choices("requirement", each(rows, GuideForm.MaterialRow::requirement))),
                Map.entry("operator", values.choices("operator", each(rows, GuideForm.MaterialRow::conditionOperator))),
                Map.entry(
                        "acceptedTypes",
                        values.choices(
                                "acceptedTypes",
                                rows.stream()
                                        .flatMap(row -> row.acceptedTypes().stream())
                                        .toList())),
                Map.entry("channel", values.choices("channel", each(form.steps(), GuideForm.StepRow::channel))));
    }

    private static <T> List<String> each(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toList();
    }

    /** Just the preview, for htmx as the schema is typed. */
    ModelAndView preview(String schema) {
        var page = new ModelAndView("catalogadmin/preview :: previewBody");
        page.addObject("preview", SchemaPreview.of(schema, forms));
        return page;
    }
}
