package org.onewindow.portal.filing;

import org.springframework.core.io.InputStreamResource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file the browser sent, passed on to the gateway as it is read. Its name and size are given
 * here: Spring asks a plain InputStreamResource for neither, and would otherwise read the whole
 * stream to count it.
 */
final class UploadedPart extends InputStreamResource {

    private final MultipartFile file;

    UploadedPart(MultipartFile file) {
        super(file, "uploaded file " + file.getName());
        this.file = file;
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
