package org.onewindow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, before any controller, text that is not well-formed Unicode or holds a NUL:
 * in the path (so in path variables), in query parameters, and in any string of a JSON body. The
 * body is read here (it is within the body limit, which counts it) and handed on unchanged.
 */
public final class TextInputFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public TextInputFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Text.decode(request.getRequestURI(), false);
        } catch (Text.InvalidTextException e) {
            refuse(response, "path", e);
            return;
        }
        try {
            Text.queryParameters(request.getQueryString());
        } catch (Text.InvalidTextException e) {
            refuse(response, nameOfBadParameter(request.getQueryString()), e);
            return;
        }
        // parameters as the container decoded them (query, and a form body); never a multipart
        // body, which is the upload's to parse
        if (!isMultipart(request.getContentType())) {
            for (var parameter : request.getParameterMap().entrySet()) {
                var problem = Text.problemIn(parameter.getKey());
                for (var value : parameter.getValue()) {
                    problem = problem.or(() -> Text.problemIn(value));
                }
                if (problem.isPresent()) {
                    refuse(response, parameter.getKey(), new Text.InvalidTextException(problem.get()));
                    return;
                }
            }
        }
        if (!isJson(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyLimitFilter.BodyTooLargeException e) {
            problems.write(response, RequestBodyLimitFilter.tooLarge(e.maxBytes()));
            return;
        }
        try {
            Text.checkJson(body);
        } catch (Text.InvalidTextException e) {
            refuse(response, null, e);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletResponse response, String field, Text.InvalidTextException e) throws IOException {
        var where = field == null ? "a text in the request body" : field;
        problems.write(
                response,
                Problems.withErrors(
                        Problems.of(HttpStatus.BAD_REQUEST, "validation", "1 problem(s) with the request"),
                        List.of(new FieldProblem(field, "invalid-text", where + " " + e.getMessage()))));
    }

    /** The parameter to name in the answer: the first that does not decode, by its raw name. */
    private static String nameOfBadParameter(String rawQuery) {
        for (var pair : rawQuery.split("&")) {
            try {
                Text.queryParameters(pair);
            } catch (Text.InvalidTextException e) {
                int equals = pair.indexOf('=');
                var rawName = equals < 0 ? pair : pair.substring(0, equals);
                try {
                    return Text.decode(rawName, true);
                } catch (Text.InvalidTextException badName) {
                    return "query";
                }
            }
        }
        return "query";
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        var type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        var mediaType = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
