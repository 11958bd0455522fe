package org.onewindow.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void aRawValueReplacesOneFieldByteForByte() {
        var base = Json.read("{\"a\": \"keep\", \"b\": {\"c\": 1}}");
        var raw = new byte[] {'"', (byte) 0xC3, 0x28, '"'};
        var body = Json.withRaw(base, List.of("b", "c"), raw);
        var expected = "{\"a\":\"keep\",\"b\":{\"c\":".getBytes(StandardCharsets.UTF_8);
        assertThat(body).startsWith(expected).endsWith('"', (byte) 0xC3, 0x28, '"', '}', '}');
    }

    @Test
    void missingObjectsOnTheWayAreCreated() {
        var body =
                Json.withRaw(Json.read("{}"), List.of("contact", "phone"), "1e309".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"contact\":{\"phone\":1e309}}");
    }

    @Test
    void intoTheFirstElementOfAnArray() {
        var body = Json.withRaw(
                Json.read("{\"items\": [{\"d\": \"x\"}]}"),
                List.of("items", 0, "d"),
                "\"\\ud800\"".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"items\":[{\"d\":\"\\ud800\"}]}");
    }

    @Test
    void escapesAreShownNotSentToTheTerminal() {
        assertThat(Shown.printable("a\u0000b\u202Ec".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a\\u0000b\\u202Ec");
        assertThat(Shown.printable(new byte[] {'a', (byte) 0xFF})).isEqualTo("a\\uFFFD");
    }
}
