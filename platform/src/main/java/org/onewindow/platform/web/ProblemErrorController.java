package org.onewindow.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container refuses before any controller sees the request (more query
 * parameters than it parses, a malformed request line) reaches {@code /error}. Boot's own answer
 * there is a JSON of its own shape; a client is owed the same problem detail as everywhere else.
 * Nothing of the failure is told: no message, no exception, no trace.
 */
@Hidden // the container's, not an operation of the API: no client calls it
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                        && HttpStatus.resolve(code) != null
                ? HttpStatus.valueOf(code)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        var detail = status.is5xxServerError()
                ? "something went wrong on our side; the correlation id in the response headers helps us find it"
                : "the request could not be accepted: "
                        + status.getReasonPhrase().toLowerCase();
        var problem = Problems.of(status, Problems.slugFor(status), detail);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
