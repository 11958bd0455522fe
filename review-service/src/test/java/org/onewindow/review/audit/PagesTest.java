package org.onewindow.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void everyElementOnceInOrderAndNoPageOverTheSize() {
        var all = IntStream.range(0, 2 * Pages.SIZE + 1).boxed().toList();

        var pages = Pages.of(all);

        assertThat(pages).extracting(List::size).containsExactly(Pages.SIZE, Pages.SIZE, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all);
    }

    @Test
    void aFullPageIsOnePageAndNothingIsNoPage() {
        assertThat(Pages.of(IntStream.range(0, Pages.SIZE).boxed().toList())).hasSize(1);
        assertThat(Pages.of(List.of())).isEmpty();
    }
}
