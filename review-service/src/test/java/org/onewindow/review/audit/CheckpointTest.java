package org.onewindow.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.review.signing.Sm2Keys;
import org.onewindow.review.signing.TrustedKeys;

class CheckpointTest {

    static final AuditHead A = new AuditHead("CASE-A", 3, "a".repeat(64));
    static final AuditHead B = new AuditHead("CASE-B", 7, "b".repeat(64));

    static Checkpoint of(List<AuditHead> heads) {
        return new Checkpoint(4, AuditChainTest.AT, AuditChain.GENESIS, heads);
    }

    @Test
    void theDigestDoesNotDependOnTheOrderHeadsWereRead() {
        assertThat(of(List.of(A, B)).digest()).isEqualTo(of(List.of(B, A)).digest());
    }

    @Test
    void aHeadRemovedOrMovedChangesTheDigest() {
        var digest = of(List.of(A, B)).digest();

        assertThat(of(List.of(A)).digest()).isNotEqualTo(digest);
        assertThat(of(List.of(A, new AuditHead("CASE-B", 6, "b".repeat(64)))).digest())
                .isNotEqualTo(digest);
        assertThat(new Checkpoint(4, AuditChainTest.AT, "1".repeat(64), List.of(A, B)).digest())
                .as("chained to another previous checkpoint")
                .isNotEqualTo(digest);
    }

    @Test
    void onlyTheBureausKeysSignatureCounts() throws Exception {
        var bureau = new Sm2Keys("", Files.createTempDirectory("keys").resolve("bureau.key"));
        var intruder = new Sm2Keys("", Files.createTempDirectory("keys").resolve("intruder.key"));
        var trusted = new TrustedKeys(bureau.publicKeyHex(), "");
        var checkpoint = of(List.of(A, B));

        assertThat(trusted.verify(checkpoint.signed(), bureau.sign(checkpoint.signed())))
                .isTrue();
        assertThat(trusted.verify(checkpoint.signed(), intruder.sign(checkpoint.signed())))
                .isFalse();
        assertThat(trusted.verify(of(List.of(A)).signed(), bureau.sign(checkpoint.signed())))
                .isFalse();
    }
}
