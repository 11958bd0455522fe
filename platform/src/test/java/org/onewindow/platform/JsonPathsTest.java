package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.web.JsonPaths;

class JsonPathsTest {

    @Test
    void readsJsonPointers() {
        assertThat(JsonPaths.of("/materials/2/name")).isEqualTo("materials[2].name");
        assertThat(JsonPaths.of("/areaSquareMeters")).isEqualTo("areaSquareMeters");
        assertThat(JsonPaths.of("/a~1b")).isEqualTo("a/b");
        assertThat(JsonPaths.of("")).isEmpty();
    }

    @Test
    void readsJsonPathLocations() {
        assertThat(JsonPaths.of("$.properties.x")).isEqualTo("properties.x");
        assertThat(JsonPaths.of("$")).isEmpty();
    }
}
