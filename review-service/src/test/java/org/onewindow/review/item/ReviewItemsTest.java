package org.onewindow.review.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import feign.FeignException;
import feign.Request;
import feign.Response;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.messaging.EventNotReadyException;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;

/** Where review gets an item version it has not seen from ItemPublished, and what catalog's silence means. */
class ReviewItemsTest {

    static final String CODE = "11530000MB00000012XK00031000001";

    final ItemStore store = mock(ItemStore.class);

    @Test
    void catalogDownMeansTheEventIsNotReadyYetNotThatItFailed() {
        var items = new ReviewItems(store, (code, version) -> {
            // as the circuit breaker hands on a failed call
            throw new NoFallbackAvailableException("No fallback available.", status(503));
        });

        assertThatThrownBy(() -> items.find(CODE, 2))
                .isExactlyInstanceOf(EventNotReadyException.class)
                .isNotInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CODE + " v2");
    }

    @Test
    void anOpenCircuitMeansTheEventIsNotReadyYet() {
        var items = new ReviewItems(store, (code, version) -> {
            throw CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("catalog"));
        });

        assertThatThrownBy(() -> items.find(CODE, 2)).isExactlyInstanceOf(EventNotReadyException.class);
    }

    @Test
    void aVersionCatalogDoesNotHaveIsNoneAndNothingIsKept() {
        var items = new ReviewItems(store, (code, version) -> {
            throw new NoFallbackAvailableException("No fallback available.", status(404));
        });

        assertThat(items.find(CODE, 2)).isEmpty();
        verify(store, never()).save(any());
    }

    @Test
    void aVersionReviewKeepsIsNeverAskedOfCatalog() {
        var kept = new ReviewItems.ReviewItem(CODE, 1, "item", "radio-tv", 12, 20, List.of("radio-tv"), List.of());
        when(store.find(CODE, 1)).thenReturn(Optional.of(kept));
        var items = new ReviewItems(store, (code, version) -> {
            throw new AssertionError("catalog asked for a version review keeps");
        });

        assertThat(items.find(CODE, 1)).contains(kept);
    }

    @Test
    void aVersionReadOnceIsNotReadAgain() {
        var kept = new ReviewItems.ReviewItem(CODE, 1, "item", "radio-tv", 12, 20, List.of("radio-tv"), List.of());
        when(store.find(CODE, 1)).thenReturn(Optional.of(kept));
        var items = new ReviewItems(store, (code, version) -> {
            throw new AssertionError("catalog asked for a version review keeps");
        });

        assertThat(items.find(CODE, 1)).contains(kept);
        assertThat(items.find(CODE, 1)).contains(kept);
        verify(store, times(1)).find(CODE, 1);
    }

    @Test
    void aVersionCatalogDoesNotHaveIsAskedAgainNextTime() {
        var asked = new AtomicInteger();
        var items = new ReviewItems(store, (code, version) -> {
            asked.incrementAndGet();
            throw new NoFallbackAvailableException("No fallback available.", status(404));
        });

        assertThat(items.find(CODE, 2)).isEmpty();
        assertThat(items.find(CODE, 2)).isEmpty();
        assertThat(asked).hasValue(2);
    }

    static FeignException status(int status) {
        var request = Request.create(
                Request.HttpMethod.GET,
                "http://catalog/api/catalog/items/" + CODE + "/versions/2",
                Map.of(),
                null,
                StandardCharsets.UTF_8,
                null);
        return FeignException.errorStatus(
                "CatalogClient#version(String,int)",
                Response.builder()
                        .status(status)
                        .reason("status " + status)
                        .request(request)
                        .headers(Map.of())
                        .build());
    }
}
