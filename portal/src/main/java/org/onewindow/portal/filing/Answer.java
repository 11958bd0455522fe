package org.onewindow.portal.filing;

/**
 * One answer of the form on the check and pre-review pages, with its 修改 link to the field.
 *
 * @param value what was filled in, as the person chose it (an option's name, 是/否), or null
 */
record Answer(String anchor, String label, String value, String changeHref, String error) {

    public String errorId() {
        return error == null ? null : anchor + "-error";
    }
}
