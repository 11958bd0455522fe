package org.onewindow.application.prereview;

/**
 * One thing to fix, told with all the others at once (一次性告知).
 *
 * @param code stable: MATERIAL_MISSING, MATERIAL_MAY_FOLLOW (a notice), CONDITIONAL_MATERIAL_MISSING, FORM_FIELD_REQUIRED, FORM_FIELD_INVALID, FILE_TYPE_NOT_ACCEPTED
 * @param message in Chinese (zh-CN), as applicants read it
 * @param messageEn the same in English
 */
public record PreReviewProblem(String code, String field, String materialId, String message, String messageEn) {}
