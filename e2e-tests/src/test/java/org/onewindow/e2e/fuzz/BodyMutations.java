package org.onewindow.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Bad bodies for one operation: malformed and wrongly typed JSON, a bad value in one field at a
 * time, unknown fields, nesting deeper than any parser allows, a body over the gateway's limit,
 * wrong content types; for uploads, the multipart equivalents.
 */
final class BodyMutations {

    /** The gateway's and the services' JSON body limit (onewindow.max-body-size, 1 MB), plus a little. */
    static final int OVER_THE_LIMIT = 1024 * 1024 + 1024;

    private static final int FIELDS = 5;
    private static final int VALUES_PER_FIELD = 2;

    private BodyMutations() {}

    static List<FuzzCase> json(Operation operation, FuzzCase base, JsonNode body, Random random) {
        var cases = new ArrayList<FuzzCase>();
        var json = "application/json";
        var bytes = Json.bytes(body);
        var text = new String(bytes, StandardCharsets.UTF_8);
        cases.add(base.labelled("body: malformed, cut in half")
                .withBody(json, text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8))
                .atDoor(true));
        cases.add(pick(
                random,
                List.of(
                        malformed(base, "body: malformed, dangling key", "{\"a\":}"),
                        malformed(base, "body: malformed, trailing comma", "{\"a\":1,}"),
                        malformed(base, "body: malformed, unclosed array", "[1,2"),
                        malformed(base, "body: not JSON at all", "<fuzz/>"))));
        cases.add(base.labelled("body: nested 5,000 deep")
                .withBody(json, ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.US_ASCII))
                .atDoor(true));
        for (var whole : pickSome(random, List.of("[]", "\"text\"", "42", "null", "true"), 2)) {
            cases.add(base.labelled("body: " + whole + " instead of the document")
                    .withBody(json, whole.getBytes(StandardCharsets.US_ASCII)));
        }
        cases.add(base.labelled("body: empty").withBody(json, new byte[0]));
        if (body.isObject()) {
            var unknown = body.deepCopy();
            ((tools.jackson.databind.node.ObjectNode) unknown).put("fuzzUnknownField", true);
            cases.add(base.labelled("body: an unknown field").withBody(json, Json.bytes(unknown)));
        }
        cases.add(base.labelled("body: UTF-8 byte order mark first")
                .withBody(json, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes)));
        cases.add(oversized(base));
        cases.addAll(contentTypes(base, bytes));
        cases.addAll(fields(operation, base, body, random));
        return cases;
    }

    static List<FuzzCase> multipart(Operation operation, FuzzCase base, Random random) {
        var schemas = operation.schemas();
        var fileField = schemas.properties(operation.body().schema()).entrySet().stream()
                .filter(p -> schemas.text(p.getValue(), "format").equals("binary"))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElse("file");
        var cases = new ArrayList<FuzzCase>();
        cases.add(upload(base, "upload: no parts", List.of()));
        cases.add(upload(base, "upload: the file in a part of another name", List.of(pdf("other", "a.pdf"))));
        cases.add(upload(
                base,
                "upload: empty file",
                List.of(new Multipart.Part(fileField, "empty.pdf", "application/pdf", new byte[0]))));
        var names = List.of(
                "upload: right-to-left override in the file name", "\u202Efdp.exe",
                "upload: zero-width characters in the file name", "a\u200B\u200Db\uFEFF.pdf",
                "upload: NUL in the file name", "a\u0000.pdf",
                "upload: path traversal in the file name", "../../../etc/passwd.pdf",
                "upload: 1,000-character file name", "长".repeat(1_000) + ".pdf",
                "upload: empty file name", "");
        for (int i = 0; i < names.size(); i += 2) {
            cases.add(upload(base, names.get(i), List.of(pdf(fileField, names.get(i + 1)))));
        }
        cases.add(upload(
                base,
                "upload: an executable declared as one",
                List.of(new Multipart.Part(
                        fileField,
                        "setup.exe",
                        "application/x-msdownload",
                        "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)))));
        cases.add(upload(
                base,
                "upload: an executable declared as a PDF",
                List.of(new Multipart.Part(
                        fileField,
                        "report.pdf",
                        "application/pdf",
                        "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)))));
        cases.add(base.labelled("upload: cut off before the closing boundary")
                .withBody(Multipart.CONTENT_TYPE, Multipart.unterminated(List.of(pdf(fileField, "a.pdf")))));
        cases.add(base.labelled("content type: multipart without a boundary")
                .withBody("multipart/form-data", Multipart.of(List.of(pdf(fileField, "a.pdf"))))
                .atDoor(true));
        cases.add(base.labelled("content type: JSON where a file is expected")
                .withBody("application/json", "{\"file\":\"JVBERi0=\"}".getBytes(StandardCharsets.US_ASCII))
                .atDoor(true));
        return cases;
    }

    static FuzzCase oversized(FuzzCase base) {
        var padding = "{\"pad\":\"" + "a".repeat(OVER_THE_LIMIT) + "\"}";
        return base.labelled("body: over the 1 MB limit")
                .withBody("application/json", padding.getBytes(StandardCharsets.US_ASCII))
                .atDoor(true);
    }

    private static List<FuzzCase> contentTypes(FuzzCase base, byte[] bytes) {
        return List.of(
                base.labelled("content type: text/plain")
                        .withBody("text/plain", bytes)
                        .atDoor(true),
                base.labelled("content type: none").withBody(null, bytes).atDoor(true),
                base.labelled("content type: multipart without a boundary")
                        .withBody("multipart/form-data", bytes)
                        .atDoor(true),
                base.labelled("content type: form-urlencoded")
                        .withBody("application/x-www-form-urlencoded", "a=1&b=%00".getBytes(StandardCharsets.US_ASCII))
                        .atDoor(true));
    }

    /** A bad value in one field at a time, in a few fields chosen by the seed. */
    private static List<FuzzCase> fields(Operation operation, FuzzCase base, JsonNode body, Random random) {
        var cases = new ArrayList<FuzzCase>();
        for (var leaf : pickSome(random, Leaves.of(operation, body), FIELDS)) {
            for (var bad : pickSome(random, Values.json(leaf.type(), leaf.enumerated()), VALUES_PER_FIELD)) {
                cases.add(base.labelled("field " + leaf.name() + ": " + bad.label())
                        .withBody("application/json", Json.withRaw(body, leaf.path(), bad.raw()))
                        .atDoor(bad.door()));
            }
        }
        return cases;
    }

    private static FuzzCase malformed(FuzzCase base, String label, String body) {
        return base.labelled(label)
                .withBody("application/json", body.getBytes(StandardCharsets.UTF_8))
                .atDoor(true);
    }

    private static FuzzCase upload(FuzzCase base, String label, List<Multipart.Part> parts) {
        return base.labelled(label).withBody(Multipart.CONTENT_TYPE, Multipart.of(parts));
    }

    private static Multipart.Part pdf(String field, String fileName) {
        return new Multipart.Part(field, fileName, "application/pdf", Multipart.PDF);
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Up to {@code count} distinct elements, chosen by the seed, in their original order. */
    static <T> List<T> pickSome(Random random, List<T> from, int count) {
        if (from.size() <= count) {
            return from;
        }
        var indexes = new java.util.TreeSet<Integer>();
        while (indexes.size() < count) {
            indexes.add(random.nextInt(from.size()));
        }
        return indexes.stream().map(from::get).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
