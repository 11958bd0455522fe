package org.onewindow.e2e.fuzz;

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
        var edit = new Edit(this);
        edit.label = newLabel;
        return edit.done();
    }

    /** Sent with this identity's real token (and no token of the fuzz's own). */
    FuzzCase as(String newWho) {
        var edit = new Edit(this);
        edit.who = newWho;
        edit.bearer = null;
        return edit.done();
    }

    FuzzCase withBearer(String token) {
        var edit = new Edit(this);
        edit.bearer = token;
        return edit.done();
    }

    FuzzCase withMethod(String newMethod) {
        var edit = new Edit(this);
        edit.method = newMethod;
        return edit.done();
    }

    FuzzCase withPath(String newPath) {
        var edit = new Edit(this);
        edit.rawPath = newPath;
        return edit.done();
    }

    FuzzCase withQuery(String newQuery) {
        var edit = new Edit(this);
        edit.rawQuery = newQuery;
        return edit.done();
    }

    FuzzCase withHeader(String name, String value) {
        var edit = new Edit(this);
        edit.headers.put(name, value);
        return edit.done();
    }

    /** A body, sent with this content type ({@code null}: no Content-Type header at all). */
    FuzzCase withBody(String newContentType, byte[] newBody) {
        var edit = new Edit(this);
        edit.contentType = newContentType;
        edit.body = newBody;
        return edit.done();
    }

    /** The body sent without a length; the gateway may answer by closing the connection. */
    FuzzCase chunkedBody() {
        var edit = new Edit(this);
        edit.chunked = true;
        edit.mayCloseConnection = true;
        return edit.done();
    }

    FuzzCase refused() {
        var edit = new Edit(this);
        edit.mustRefuse = true;
        return edit.done();
    }

    FuzzCase atDoor(boolean door) {
        var edit = new Edit(this);
        edit.atDoor = door;
        return edit.done();
    }

    String target() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /** A copy to change, for the withers above: a record has no other way to change one field. */
    private static final class Edit {
        String label;
        String who;
        String bearer;
        String method;
        String rawPath;
        String rawQuery;
        final Map<String, String> headers;
        String contentType;
        byte[] body;
        boolean chunked;
        boolean mustRefuse;
        boolean atDoor;
        boolean mayCloseConnection;

        Edit(FuzzCase from) {
            label = from.label;
            who = from.who;
            bearer = from.bearer;
            method = from.method;
            rawPath = from.rawPath;
            rawQuery = from.rawQuery;
            headers = new LinkedHashMap<>(from.headers);
            contentType = from.contentType;
            body = from.body;
            chunked = from.chunked;
            mustRefuse = from.mustRefuse;
            atDoor = from.atDoor;
            mayCloseConnection = from.mayCloseConnection;
        }

        FuzzCase done() {
            return new FuzzCase(
                    label,
                    who,
                    bearer,
                    method,
                    rawPath,
                    rawQuery,
                    java.util.Collections.unmodifiableMap(headers),
                    contentType,
                    body,
                    chunked,
                    mustRefuse,
                    atDoor,
                    mayCloseConnection);
        }
    }
}
