package org.onewindow.portal.filing;

/**
 * One material as the filing pages show it: what to hand in, in which file types and sizes,
 * whether it may follow after acceptance (可容缺), and the file already uploaded, if any.
 *
 * @param requirement REQUIRED, OPTIONAL or CONDITIONAL
 * @param accept the file input's accept attribute: media types and file name endings
 * @param fileName the uploaded file's name, or null when nothing is uploaded yet
 */
record MaterialView(
        String id,
        String anchor,
        String name,
        String requirement,
        boolean mayFollow,
        String types,
        String maxSize,
        String accept,
        String fillInNotes,
        String fileName,
        String fileSize,
        String uploadedAt,
        String changeHref,
        String error,
        String notice) {

    public boolean uploaded() {
        return fileName != null;
    }

    public String hintId() {
        return anchor + "-hint";
    }

    public String errorId() {
        return error == null ? null : anchor + "-error";
    }

    public String describedBy() {
        return error == null ? hintId() : hintId() + " " + errorId();
    }
}
