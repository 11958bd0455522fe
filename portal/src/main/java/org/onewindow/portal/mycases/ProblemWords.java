package org.onewindow.portal.mycases;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.applications.ApiRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The API's refusals in the applicant's words: each problem beside the field it concerns, saying
 * how to fix it. The services' {@code detail} is for developers and never shown; pre-review's own
 * messages are Chinese already and are shown as they are (in Chinese pages).
 */
@Component
class ProblemWords {

    private final MessageSource messages;

    ProblemWords(MessageSource messages) {
        this.messages = messages;
    }

    /** A refused upload of one requested material's file. */
    void upload(
            ApiRefusedException refusal, RequestedMaterial material, SupplementHandIn.Sink problems, Locale locale) {
        var slug = refusal.problem().slug();
        var codes = refusal.problem().errors().stream()
                .map(ApiProblem.FieldError::code)
                .toList();
        String key;
        if (refusal.status() == 413 || "payload-too-large".equals(slug)) {
            key = "problem.file.tooLarge";
        } else if (codes.contains("file-type-mismatch") || "file-type-mismatch".equals(slug)) {
            key = "problem.file.mismatch";
        } else if (refusal.status() == 415 || codes.contains("file-type-not-accepted")) {
            key = "problem.file.type";
        } else if (codes.contains("invalid-file-name")) {
            key = "problem.file.name";
        } else if (codes.contains("required")) {
            key = "problem.file.required";
        } else if (refusal.conflict()) {
            key = "problem.file.notNow";
        } else {
            key = "problem.file.other";
        }
        problems.add(material, text(key, locale, material.name(), material.types(), material.maxSize()));
    }

    /**
     * Pre-review's problems after a resubmission (422): every one at once, each beside its material;
     * the rest, and a refusal without any, for the form as a whole.
     */
    void resubmission(
            ApiRefusedException refusal,
            List<RequestedMaterial> requested,
            SupplementHandIn.Sink problems,
            Locale locale) {
        var byMaterial = requested.stream()
                .filter(item -> item.materialId() != null)
                .collect(java.util.stream.Collectors.toMap(RequestedMaterial::materialId, item -> item, (a, b) -> a));
        for (var problem : refusal.problem().errors()) {
            var field = problem.field() == null ? "" : problem.field();
            if (field.startsWith("materials.")) {
                var id = field.substring("materials.".length());
                var material = byMaterial.get(id);
                var name = material == null ? id : material.name();
                var key = "FILE_TYPE_NOT_ACCEPTED".equals(problem.code())
                        ? "problem.file.type"
                        : "problem.material.missing";
                problems.add(material, text(key, locale, name, material == null ? "" : material.types(), ""));
            } else {
                var chinese = !"en".equals(locale.getLanguage()) && problem.message() != null;
                problems.add(null, chinese ? problem.message() : text("problem.form.field", locale, field));
            }
        }
        if (refusal.problem().errors().isEmpty()) {
            problems.add(null, text("problem.other", locale));
        }
    }

    /** A refused withdrawal, rating or other small form: its fields, or one sentence. */
    void form(
            ApiRefusedException refusal,
            Map<String, String> fieldKeys,
            String formId,
            FormErrors errors,
            Locale locale) {
        for (var problem : refusal.problem().errors()) {
            var key = fieldKeys.get(problem.field());
            if (key != null) {
                errors.add(problem.field(), text(key, locale));
            }
        }
        if (!errors.any()) {
            errors.add(formId, text("problem.other", locale));
        }
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
