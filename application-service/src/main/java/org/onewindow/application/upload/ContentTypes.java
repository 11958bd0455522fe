package org.onewindow.application.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * What a file is, judged from its first bytes, never from its name or the declared header; and
 * what its name claims, to catch a file that lies.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";
    static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION =
            Map.of("pdf", PDF, "png", PNG, "jpg", JPEG, "jpeg", JPEG, "docx", DOCX, "xlsx", XLSX, "zip", ZIP);

    private ContentTypes() {}

    static String sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes())) {
            return PDF;
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officeOrZip(content);
        }
        return UNKNOWN;
    }

    /** Whether a declared type is one this sniffer tells apart (so disagreeing with it means something). */
    static boolean isKnown(String contentType) {
        return contentType != null && BY_EXTENSION.containsValue(contentType);
    }

    /** The type a file name's extension claims, if it claims a known one. */
    static Optional<String> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.ofNullable(
                        BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static String officeOrZip(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("word/")) {
                    return DOCX;
                }
                if (entry.getName().startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return ZIP;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
