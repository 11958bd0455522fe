package org.onewindow.e2e.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A document shaped as springdoc writes them (OpenAPI 3.1), and fixtures to fuzz it with, for the unit tests. */
final class SampleDocument {

    static final UUID OWN_DRAFT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID THEIR_DRAFT = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final Fixtures FIXTURES = new Fixtures(
            List.of(OWN_DRAFT),
            THEIR_DRAFT,
            "11530000MB00000012XK0001200000120260613000001",
            "11530000MB00000012XK00012000001",
            Map.of("PUT /api/applications/{id}/form", "{\"unitName\": \"新华书店\", \"areaSquareMeters\": 120}"));

    private SampleDocument() {}

    static List<Operation> operations() {
        try (var in = SampleDocument.class.getResourceAsStream("/fuzz/api-docs.json")) {
            return OpenApiOperations.parse(
                    "application", Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Operation operation(String key) {
        return operations().stream()
                .filter(o -> o.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + key));
    }

    static Mutations mutations() {
        return new Mutations(FIXTURES, who -> "forged." + who + ".token", who -> "unsigned." + who + ".token");
    }
}
