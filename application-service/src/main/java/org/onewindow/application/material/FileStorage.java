package org.onewindow.application.material;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live, addressed by their SHA-256: the same content is stored once. The
 * default is a local directory; an S3-compatible store is the deployment's choice.
 */
public interface FileStorage {

    /** Stores the content (if not stored yet) and returns its SHA-256, hex. */
    String store(byte[] content) throws IOException;

    InputStream open(String sha256) throws IOException;
}
