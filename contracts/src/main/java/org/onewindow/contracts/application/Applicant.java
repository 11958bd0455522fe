package org.onewindow.contracts.application;

/**
 * Who applies. Inside the platform the identity travels in full (review needs the certificate's
 * holder); disclosure masks it before anything is shown.
 *
 * @param type NATURAL_PERSON or LEGAL_PERSON
 * @param idNumber citizen identity number (natural person) or unified social credit code (legal person)
 */
public record Applicant(String type, String name, String idNumber, String phone) {}
