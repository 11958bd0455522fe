package org.onewindow.portal.mycases;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Handing in a supplement (补正): every requested material's new file to the API, one by one, then
 * the resubmission. Shared by the applicant's 我的办件 and the counter clerk's 补正收件 on the
 * workbench, so both send the same files and say the API's refusals in the same plain words; each
 * page decides where a problem is shown. A 409 (the case moved on) is left to the page.
 */
@Component
public class SupplementHandIn {

    /** Where a problem goes: beside one requested material, or (null) the form as a whole. */
    @FunctionalInterface
    public interface Sink {
        void add(RequestedMaterial material, String message);
    }

    private final ApplicationsClient applications;
    private final ProblemWords words;

    SupplementHandIn(ApplicationsClient applications, ProblemWords words) {
        this.applications = applications;
        this.words = words;
    }

    /**
     * Each requested material's file from the multipart {@code request} (part {@code file-<id>}). A
     * material without a new file, and none handed in since the request, is a problem: resubmitting
     * the old file would only be asked for again.
     *
     * @return whether every file went in and none is missing
     * @throws ApiRefusedException a 409 only
     */
    public boolean upload(
            UUID id, List<RequestedMaterial> requested, HttpServletRequest request, Sink problems, Locale locale) {
        var complete = true;
        for (var item : requested) {
            if (item.materialId() == null) {
                continue;
            }
            var file = file(request, item.partName());
            if (file == null) {
                if (item.uploaded() == null) {
                    problems.add(item, words.text("problem.material.missing", locale, item.name()));
                    complete = false;
                }
                continue;
            }
            try {
                applications.upload(id, item.materialId(), file);
            } catch (ApiRefusedException refusal) {
                if (refusal.conflict()) {
                    throw refusal;
                }
                words.upload(refusal, item, problems, locale);
                complete = false;
            }
        }
        return complete;
    }

    /**
     * The case back to the office; pre-review's problems beside their materials.
     *
     * @return whether it was resubmitted
     * @throws ApiRefusedException a 409 only
     */
    public boolean resubmit(UUID id, List<RequestedMaterial> requested, Sink problems, Locale locale) {
        try {
            applications.resubmit(id);
            return true;
        } catch (ApiRefusedException refusal) {
            if (refusal.conflict()) {
                throw refusal;
            }
            words.resubmission(refusal, requested, problems, locale);
            return false;
        }
    }

    static MultipartFile file(HttpServletRequest request, String part) {
        // the multipart request may sit under the session's request wrapper
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return null;
        }
        var file = multipart.getFile(part);
        return file == null || file.isEmpty() ? null : file;
    }
}
