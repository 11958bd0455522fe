package org.onewindow.e2e.fuzz;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: what the fuzz needs to build requests for it.
 * Schemas stay as the document wrote them ({@code $ref} and all); {@link Schemas} resolves them.
 *
 * @param service the document it came from ({@code catalog}, {@code application}...), which is also its database
 * @param body the request body, or {@code null} when the operation takes none
 */
public record Operation(
        String service, String method, String path, List<Parameter> parameters, Body body, Schemas schemas) {

    /** Where a parameter goes. */
    public enum In {
        PATH,
        QUERY,
        HEADER,
        COOKIE;

        static In of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public record Parameter(String name, In in, boolean required, JsonNode schema) {}

    /** The body as documented; {@code multipart/form-data} when the operation is an upload. */
    public record Body(String mediaType, JsonNode schema, boolean required) {

        boolean multipart() {
            return mediaType.startsWith("multipart/");
        }
    }

    /** {@code POST /api/applications/{id}/submit}: how failures and {@code -Dfuzz.only} name it. */
    public String key() {
        return method + " " + path;
    }

    List<Parameter> in(In where) {
        return parameters.stream().filter(p -> p.in() == where).toList();
    }

    boolean hasBody() {
        return body != null;
    }

    boolean isRead() {
        return method.equals("GET");
    }
}
