package org.onewindow.portal.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's file for the staff's inline preview, streamed from the API with the staff's token: the
 * browser never holds a token and reaches the file only through the portal, on the portal's origin.
 *
 * <p>Why its own headers: the portal's policy for pages ({@code frame-ancestors 'none'}, X-Frame-
 * Options DENY, {@code object-src 'none'}) would keep a PDF out of the case page's frame, and
 * Chrome also applies a PDF answer's own {@code object-src} to its viewer. This answer alone may be
 * framed by the portal's own pages and shown by the PDF viewer; it runs no script and loads nothing
 * else ({@code default-src 'none'}). Spring Security leaves headers an answer has set. Only PDFs and
 * common images are sent inline; anything else is an attachment, never rendered on the portal's origin.
 */
@Controller
class MaterialController {

    static final String PREVIEW_POLICY =
            "default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'self'";

    private final CaseworkClient client;

    MaterialController(CaseworkClient client) {
        this.client = client;
    }

    @GetMapping(CasePaths.CASE + "/materials/{materialId:[A-Za-z0-9_.-]{1,100}}")
    void material(@PathVariable String caseNo, @PathVariable String materialId, HttpServletResponse response) {
        var application = client.application(caseNo);
        var file = application
                .file(materialId)
                .orElseThrow(() -> new NotFoundException("no file for " + materialId + " in case " + caseNo));
        client.material(application.id(), materialId, (headers, body) -> {
            var media = headers.getContentType();
            var type = media == null ? file.contentType() : media.getType() + "/" + media.getSubtype();
            var disposition = CaseMaterial.inline(type) ? ContentDisposition.inline() : ContentDisposition.attachment();
            response.setContentType(type);
            if (headers.getContentLength() >= 0) {
                response.setContentLengthLong(headers.getContentLength());
            }
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    disposition
                            .filename(CaseMaterial.downloadName(file.fileName()), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("X-Content-Type-Options", "nosniff");
            body.transferTo(response.getOutputStream());
        });
    }
}
