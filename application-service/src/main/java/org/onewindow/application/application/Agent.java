package org.onewindow.application.application;

/**
 * The person who filed a legal person's application online (经办人): the signed-in applicant, as
 * her token's verified identity says.
 */
public record Agent(String name, String idNumber) {}
