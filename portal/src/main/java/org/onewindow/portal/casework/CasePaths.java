package org.onewindow.portal.casework;

/** The workbench's case addresses, in one place for the controllers. */
final class CasePaths {

    /** A case number (implementation code, date, sequence): letters and digits; nothing else is asked of the API. */
    static final String CASE = "/workbench/cases/{caseNo:[0-9A-Za-z]{12,64}}";

    private CasePaths() {}

    static String of(String caseNo) {
        return "/workbench/cases/" + caseNo;
    }
}
