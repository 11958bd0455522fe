package org.onewindow.platform.web;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation results as field problems, with the stable codes clients rely on. */
public final class FieldProblems {

    private FieldProblems() {}

    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldProblem(
                        v.getPropertyPath()
                                .toString()
                                .replace(".<list element>", "")
                                .replace("<list element>", ""),
                        codeOf(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** The stable code of a Bean Validation constraint. */
    public static String codeOf(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "size";
            case "Pattern" -> "pattern";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Range" -> "range";
            default -> constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        };
    }
}
