package org.onewindow.application.material;

import java.time.OffsetDateTime;

/** A file in a material slot: its sanitised name, sniffed type, size and content digest. */
public record StoredMaterial(
        String materialId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        OffsetDateTime uploadedAt) {}
