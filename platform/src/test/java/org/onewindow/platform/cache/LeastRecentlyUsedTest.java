package org.onewindow.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {

    @Test
    void dropsTheLeastRecentlyReadOnceOverItsBound() {
        var map = new LeastRecentlyUsed<String, Integer>(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a"); // read: now b is the least recently used
        map.put("c", 3);

        assertThat(map).containsOnlyKeys("a", "c");
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        var map = new LeastRecentlyUsed<String, Integer>(0);
        map.put("a", 1);

        assertThat(map).isEmpty();
    }

    @Test
    void refusesANegativeBound() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LeastRecentlyUsed<String, Integer>(-1))
                .withMessage("bound -1 is negative");
    }
}
