package org.onewindow.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, with 400, a path or query that decodes to a NUL character or to bytes that are not
 * UTF-8 (an encoded lone surrogate among them). No service stores such text (PostgreSQL refuses
 * NUL), and a servlet container answers some of them itself, without a problem detail. The
 * services check the same again, and the strings of JSON bodies too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestTextFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var uri = exchange.getRequest().getURI();
        var problem = problemIn(uri.getRawPath(), false).or(() -> problemIn(uri.getRawQuery(), true));
        if (problem.isPresent()) {
            return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST, "invalid-text", problem.get());
        }
        return chain.filter(exchange);
    }

    /** What is wrong with a raw (percent-encoded) path or query, if anything. */
    static Optional<String> problemIn(String raw, boolean query) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = decode(query ? raw.replace('+', ' ') : raw);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return Optional.of("the " + (query ? "query" : "path") + " is not valid UTF-8 text");
        }
        if (decoded.indexOf('\0') >= 0) {
            return Optional.of("the " + (query ? "query" : "path") + " contains a NUL character");
        }
        return Optional.empty();
    }

    private static String decode(String raw) throws CharacterCodingException {
        var bytes = new ByteArrayOutputStream(raw.length());
        var plain = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                plain.append(c);
                continue;
            }
            if (i + 2 >= raw.length()) {
                throw new IllegalArgumentException("truncated escape");
            }
            write(bytes, plain);
            bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
            i += 2;
        }
        write(bytes, plain);
        // strict: malformed bytes and encoded surrogates are errors, not replacement characters
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
    }

    private static void write(ByteArrayOutputStream bytes, StringBuilder plain) throws CharacterCodingException {
        if (plain.isEmpty()) {
            return;
        }
        var encoded = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(plain));
        bytes.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
        plain.setLength(0);
    }
}
