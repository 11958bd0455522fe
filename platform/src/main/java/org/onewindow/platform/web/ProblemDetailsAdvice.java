package org.onewindow.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error a controller meets becomes an RFC 9457 problem detail of one style: a stable
 * {@code type}, a human {@code detail}, and for bad input {@code errors} listing every problem.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e) {
        var problem = Problems.withErrors(Problems.of(e.status(), e.slug(), e.getMessage()), e.errors());
        return respond(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        return problem(ProblemException.validation(FieldProblems.of(e.getConstraintViolations())));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<Object> conflict(RuntimeException e) {
        log.info("conflict: {}", e.getMessage());
        return respond(Problems.of(
                HttpStatus.CONFLICT, "conflict", "the resource was changed by someone else; reload and try again"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> constraintBroken(DataIntegrityViolationException e) {
        log.info("data integrity violation: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(
                HttpStatus.CONFLICT, "constraint-violated", "the request conflicts with data already stored"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "you may not do this"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required"));
    }

    /**
     * A body that says it is multipart but cannot be read as such (no boundary, cut off before the
     * closing one): the client's mistake, not ours. Too large a file stays the base class's 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        log.info("unreadable multipart body: {}", e.getMessage());
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "the multipart body could not be read; send one file as multipart/form-data with its boundary"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error", e);
        return respond(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "something went wrong on our side; the correlation id in the response headers helps us find it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        for (var error : e.getBindingResult().getAllErrors()) {
            var field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            errors.add(new FieldProblem(field, FieldProblems.codeOf(error.getCode()), error.getDefaultMessage()));
        }
        return problem(ProblemException.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(),
                                FieldProblems.codeOf(
                                        error.getCodes() == null
                                                ? null
                                                : error.getCodes()[error.getCodes().length - 1]),
                                error.getDefaultMessage())))
                .toList();
        return problem(ProblemException.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                return respond(RequestBodyLimitFilter.tooLarge(tooLarge.maxBytes()));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return problem(ProblemException.validation(List.of(
                        new FieldProblem(pathOf(unknown), "unknown-field", "this field is not part of the request"))));
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return problem(ProblemException.validation(List.of(new FieldProblem(
                        pathOf(jackson), "invalid-value", "this value has the wrong type or format"))));
            }
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "the request body is not valid JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.type(Problems.slugFor(status)));
        }
        var responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, responseHeaders, status);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static String pathOf(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
