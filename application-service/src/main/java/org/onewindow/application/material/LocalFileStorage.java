package org.onewindow.application.material;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files under {@code <data dir>/files/ab/cd/<sha256>}, written to a temporary name and moved in atomically. */
@Component
class LocalFileStorage implements FileStorage {

    private final Path root;

    LocalFileStorage(@Value("${onewindow.files.dir}") Path root) {
        this.root = root;
    }

    @Override
    public String store(byte[] content) throws IOException {
        var sha256 = sha256(content);
        var target = pathOf(sha256);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return sha256;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return Files.newInputStream(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
