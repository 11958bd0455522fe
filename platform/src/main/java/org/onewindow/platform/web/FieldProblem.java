package org.onewindow.platform.web;

/**
 * One problem with one input field, as listed in a problem detail's {@code errors}.
 *
 * @param field the JSON path of the field ({@code materials[2].condition}), or {@code null} for the whole request
 * @param code a stable, machine-readable code ({@code required}, {@code unknown-field}, ...)
 * @param message a human explanation
 */
public record FieldProblem(String field, String code, String message) {}
