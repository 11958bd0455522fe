package org.onewindow.portal.filing;

/**
 * The ids a form field or a material has on every filing page, so that an error summary's link
 * ({@code #field-unitName}, {@code #material-business-license}) lands on it.
 */
final class Anchors {

    private Anchors() {}

    static String field(String name) {
        return "field-" + safe(name);
    }

    static String material(String id) {
        return "material-" + safe(id);
    }

    /** Names come from the catalog's data: only letters, digits, - and _ go into an id. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
