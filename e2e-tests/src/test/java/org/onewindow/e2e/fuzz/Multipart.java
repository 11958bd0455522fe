package org.onewindow.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Multipart bodies written by hand, so that file names a browser would never send can be. */
final class Multipart {

    static final String BOUNDARY = "----onewindow-fuzz-13";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    static final byte[] PDF = "%PDF-1.4\n% fuzz\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** One part; {@code fileName} null for a plain field, {@code contentType} null for none. */
    record Part(String name, String fileName, String contentType, byte[] content) {}

    private Multipart() {}

    static byte[] of(List<Part> parts) {
        return write(parts, true);
    }

    /** The parts without the closing boundary: a body cut off in transit. */
    static byte[] unterminated(List<Part> parts) {
        return write(parts, false);
    }

    private static byte[] write(List<Part> parts, boolean closed) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            var head = new StringBuilder("--").append(BOUNDARY).append("\r\n");
            head.append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (closed) {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
