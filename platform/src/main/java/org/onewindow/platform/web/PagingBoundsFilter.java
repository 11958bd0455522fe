package org.onewindow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the {@code page} and {@code size} query parameters of every list, in every service,
 * whatever its controller declares: a negative page, an empty or a huge page is a 400 naming the
 * field, never a database error or a table read whole. A controller may bound them tighter.
 */
public final class PagingBoundsFilter extends OncePerRequestFilter {

    private final int maxPage;
    private final int maxSize;
    private final ProblemWriter problems;

    public PagingBoundsFilter(int maxPage, int maxSize, ProblemWriter problems) {
        this.maxPage = maxPage;
        this.maxSize = maxSize;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var errors = new ArrayList<FieldProblem>();
        if (!TextInputFilter.isMultipart(request.getContentType())) {
            check("page", request.getParameterValues("page"), 0, maxPage, errors);
            check("size", request.getParameterValues("size"), 1, maxSize, errors);
        }
        if (!errors.isEmpty()) {
            problems.write(
                    response,
                    Problems.withErrors(
                            Problems.of(
                                    HttpStatus.BAD_REQUEST,
                                    "validation",
                                    errors.size() + " problem(s) with the request"),
                            errors));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void check(String field, String[] values, int min, int max, ArrayList<FieldProblem> errors) {
        if (values == null || values.length == 0) {
            return;
        }
        var value = values[0];
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(field, "invalid-value", field + " is a whole number"));
            return;
        }
        if (number < min || number > max) {
            errors.add(new FieldProblem(field, "range", field + " must be between " + min + " and " + max));
        }
    }
}
