package org.onewindow.application.application;

/** How an application came in; it follows from who files it. */
public enum Channel {
    /** the applicant's own account (一网通办) */
    ONLINE,
    /** a clerk at the counter for an applicant who is present (一窗受理) */
    WINDOW,
    /** the provincial platform, for an applicant it identifies */
    PROVINCIAL
}
