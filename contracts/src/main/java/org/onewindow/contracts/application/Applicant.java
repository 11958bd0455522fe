package org.onewindow.contracts.application;

/**
 * Who applies, as far as other services need to know: the name to show, and for a natural person
 * at most the identity number masked (first 6 and last 4); a unit's credit code is public.
 *
 * @param type NATURAL_PERSON or LEGAL_PERSON
 * @param idNumber a natural person's identity number masked, or a unit's unified social credit code; may be null
 */
public record Applicant(String type, String name, String idNumber) {}
