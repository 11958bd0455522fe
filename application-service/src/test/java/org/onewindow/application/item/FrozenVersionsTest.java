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
    void aFloodOfVersionsNeverHoldsMoreThanTheBound() {
        for (int i = 0; i < FrozenVersions.MAX_VERSIONS * 3 + 7; i++) {
            frozen.keep(new ItemVersion("A", i, false, null));
        }

        assertThat(frozen.size()).isBetween(1, FrozenVersions.MAX_VERSIONS);
        assertThat(frozen.get("A", FrozenVersions.MAX_VERSIONS * 3 + 6)).isPresent();
    }
}
