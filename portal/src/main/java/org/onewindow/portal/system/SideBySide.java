package org.onewindow.portal.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A page's independent API calls made at the same time rather than one after another: the
 * supervisor's dashboard asks four services, and waited for the sum of their answers.
 *
 * <p>Each call runs on the application task executor (virtual threads on Java 21+) as the person
 * who asked for the page: her security context and the request (her address, her session's token)
 * go with it. Her token is made current once, here, before the calls start, so that no two calls
 * refresh it at Keycloak or write it into her session at the same time; the calls only read it.
 */
@Component
public class SideBySide {

    private final AsyncTaskExecutor executor;
    private final AccessTokens tokens;

    SideBySide(@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, AccessTokens tokens) {
        this.executor = executor;
        this.tokens = tokens;
    }

    /**
     * Makes the three calls and returns when all of them have ended, also when one fails: no call
     * may outlive the page's request, whose objects the server reuses for the next one.
     */
    public <A, B, C> Three<A, B, C> call(Supplier<A> first, Supplier<B> second, Supplier<C> third) {
        tokens.current();
        var a = start(first);
        var b = start(second);
        var c = start(third);
        CompletableFuture.allOf(a, b, c).exceptionally(failure -> null).join();
        return new Three<>(new Call<>(a), new Call<>(b), new Call<>(c));
    }

    private <T> CompletableFuture<T> start(Supplier<T> call) {
        var security = SecurityContextHolder.getContext();
        var request = RequestContextHolder.getRequestAttributes();
        return CompletableFuture.supplyAsync(
                () -> {
                    SecurityContextHolder.setContext(security);
                    RequestContextHolder.setRequestAttributes(request);
                    try {
                        return call.get();
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                        SecurityContextHolder.clearContext();
                    }
                },
                executor);
    }

    public record Three<A, B, C>(Call<A> first, Call<B> second, Call<C> third) {}

    /** One call's answer, or the exception it ended in, as if the call had been made on the page's own thread. */
    public record Call<T>(CompletableFuture<T> answer) {

        public T get() {
            try {
                return answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
    }
}
