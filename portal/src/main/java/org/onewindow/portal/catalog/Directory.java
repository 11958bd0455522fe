package org.onewindow.portal.catalog;

import java.util.List;

/**
 * The fixed ways into the catalog (API.md): the departments that own items, and the service
 * objects. Their names are in the message bundles ({@code department.publishing}, ...).
 */
public final class Directory {

    /** The service hall accepts and the bureau decides; items belong to these three. */
    public static final List<String> DEPARTMENTS = List.of("publishing", "radio-tv", "printing");

    /** 个人 and 法人. */
    public static final List<String> SERVICE_OBJECTS = List.of("NATURAL_PERSON", "LEGAL_PERSON");

    private Directory() {}
}
