package org.onewindow.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the fuzz sends, and what it may expect. Paths and queries are raw (already
 * percent-encoded) so that bytes no encoder would produce can be sent; the body is raw bytes for
 * the same reason.
 *
 * @param who whose real token goes along ({@link Callers#ANONYMOUS} for none)
 * @param bearer a token of the fuzz's own making, sent instead of {@code who}'s; {@code null} if none
 * @param mustRefuse a 2xx is a failure: no token, a forged token, another user's id, the wrong role
 * @param atDoor refused before any handler runs (text filters, parser, size, token): safe where guesses are counted
 * @param mayCloseConnection a body so large that the gateway may end the connection instead of answering
 */
record FuzzCase(
        String label,
        String who,
        String bearer,
        String method,
        String rawPath,
        String rawQuery,
        Map<String, String> headers,
        String contentType,
        byte[] body,
        boolean chunked,
        boolean mustRefuse,
        boolean atDoor,
        boolean mayCloseConnection) {

    static FuzzCase of(String method, String rawPath, String who) {
        return new FuzzCase("base", who, null, method, rawPath, null, Map.of(), null, null, false, false, false, false);
    }

    FuzzCase labelled(String newLabel) {
        return new FuzzCase(
                newLabel,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase as(String newWho) {
        return new FuzzCase(
                label,
                newWho,
                null,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase withBearer(String token) {
        return new FuzzCase(
                label,
                who,
                token,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase withMethod(String newMethod) {
        return new FuzzCase(
                label,
                who,
                bearer,
                newMethod,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase withPath(String newPath) {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                newPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase withQuery(String newQuery) {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                newQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase withHeader(String name, String value) {
        var newHeaders = new LinkedHashMap<>(headers);
        newHeaders.put(name, value);
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                Map.copyOf(newHeaders),
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    /** A body, sent with this content type ({@code null}: no Content-Type header at all). */
    FuzzCase withBody(String newContentType, byte[] newBody) {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                headers,
                newContentType,
                newBody,
                chunked,
                mustRefuse,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase chunkedBody() {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                true,
                mustRefuse,
                atDoor,
                true);
    }

    FuzzCase refused() {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                true,
                atDoor,
                mayCloseConnection);
    }

    FuzzCase atDoor(boolean door) {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                door,
                mayCloseConnection);
    }

    FuzzCase closingAllowed() {
        return new FuzzCase(
                label,
                who,
                bearer,
                method,
                rawPath,
                rawQuery,
                headers,
                contentType,
                body,
                chunked,
                mustRefuse,
                atDoor,
                true);
    }

    String target() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The request as a person reproduces it: method, target, caller, headers and the start of the body. */
    String describe() {
        var text = new StringBuilder(method).append(' ').append(abbreviate(target(), 300));
        text.append("  as ").append(bearer != null ? "a token of the fuzz's own (" + who + "'s claims)" : who);
        headers.forEach(
                (name, value) -> text.append("  ").append(name).append(": ").append(abbreviate(value, 60)));
        if (body != null) {
            text.append("  Content-Type: ").append(contentType == null ? "(none)" : contentType);
            text.append(chunked ? "  chunked " : "  ").append(body.length).append(" bytes: ");
            text.append(abbreviate(printable(body), 300));
        }
        return text.toString();
    }

    /** Text with control characters, bidi and zero-width characters and undecodable bytes shown as escapes. */
    static String printable(byte[] bytes) {
        var decoded =
                StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        var out = new StringBuilder();
        decoded.codePoints().forEach(c -> {
            boolean invisible = Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || c == 0xFFFD
                    || Character.isSurrogate((char) c) && c <= 0xFFFF;
            if (invisible) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
