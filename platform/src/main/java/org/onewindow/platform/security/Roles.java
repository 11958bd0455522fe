package org.onewindow.platform.security;

/** The realm roles of API.md, as Spring Security's {@code hasRole} takes them. */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String CLERK = "clerk";
    public static final String REVIEWER = "reviewer";
    public static final String APPROVER = "approver";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String PROVINCIAL_PLATFORM = "provincial-platform";
    /** Another department's system reading the sharing API (a confidential client's service account). */
    public static final String SHARING_CLIENT = "sharing-client";

    private Roles() {}
}
