package org.onewindow.portal.applications;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file the browser sent, passed on to the gateway as it is read. Its name and size are given
 * here: Spring asks a plain InputStreamResource for neither, and would otherwise read the whole
 * stream to count it.
 */
final class UploadedPart extends InputStreamResource {

    private final MultipartFile file;

    private UploadedPart(MultipartFile file) {
        super(file, "uploaded file " + file.getName());
        this.file = file;
    }

    /** The API's upload body: one part named "file", with the file's own name and declared type. */
    static MultiValueMap<String, Object> body(MultipartFile file) {
        var headers = new HttpHeaders();
        headers.setContentType(declaredType(file));
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new HttpEntity<>(new UploadedPart(file), headers));
        return parts;
    }

    private static MediaType declaredType(MultipartFile file) {
        try {
            return file.getContentType() == null || file.getContentType().isBlank()
                    ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(file.getContentType());
        } catch (IllegalArgumentException e) {
            // the API judges a file by its first bytes anyway
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** The name alone: an old browser sends "C:\Users\...\申请书.pdf", which the API refuses. */
    @Override
    public String getFilename() {
        var name = file.getOriginalFilename();
        if (name == null) {
            return null;
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    @Override
    public long contentLength() {
        return file.getSize();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedPart part && part.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
