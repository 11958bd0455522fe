package org.onewindow.contracts.application;

/** One uploaded material, identified by its content's SHA-256. */
public record MaterialDigest(String materialId, String fileName, String contentType, long sizeBytes, String sha256) {}
