package org.onewindow.portal.counter;

import java.util.UUID;

/**
 * Where the counter lives in the workbench (SecurityConfig lets only a clerk in): the item search,
 * the applicant's identity for an item, then one address per step of the draft, its id in the
 * address. An address that cannot be a code or an id is a 404 without asking anyone.
 */
final class CounterPaths {

    static final String HOME = "/workbench/counter";
    static final String ITEM = HOME + "/items/{code:[0-9A-Za-z]{1,40}}";
    static final String CHECK_ID_NUMBER = HOME + "/identity/id-number";
    static final String CHECK_CREDIT_CODE = HOME + "/identity/credit-code";
    static final String DRAFT =
            HOME + "/{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private CounterPaths() {}

    /** The draft's pages: {@code /workbench/counter/{id}/form} and its siblings. */
    static String base(UUID id) {
        return HOME + "/" + id;
    }

    static String item(String code) {
        return HOME + "/items/" + code;
    }
}
