package org.onewindow.application.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrozenVersionsTest {

    private final FrozenVersions frozen = new FrozenVersions();

    @Test
    void aVersionKeptIsFoundUnderItsCodeAndNumberOnly() {
        var kept = frozen.keep(new ItemVersion("A", 1, false, null));

        assertThat(frozen.get("A", 1)).containsSame(kept);
        assertThat(frozen.get("A", 2)).isEmpty();
        assertThat(frozen.get("B", 1)).isEmpty();
    }

    @Test
    void whetherTheItemIsRetiredTodayIsNotKeptWithTheVersion() {
        frozen.keep(new ItemVersion("A", 3, true, null));

        assertThat(frozen.get("A", 3))
                .hasValueSatisfying(v -> assertThat(v.retired()).isFalse());
    }

    @Test
    void aFloodOfVersionsKeepsTheBoundAndTheVersionsInUse() {
        frozen.keep(new ItemVersion("IN-USE", 1, false, null));
        for (int i = 0; i < FrozenVersions.MAX_VERSIONS * 3; i++) {
            frozen.keep(new ItemVersion("A", i, false, null));
            // a version asked for all along is never the least recently used
            assertThat(frozen.get("IN-USE", 1)).isPresent();
        }

        assertThat(frozen.size()).isEqualTo(FrozenVersions.MAX_VERSIONS);
        assertThat(frozen.get("A", FrozenVersions.MAX_VERSIONS * 3 - 1)).isPresent();
        assertThat(frozen.get("A", 0)).isEmpty();
    }
}
