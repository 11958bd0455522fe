package org.onewindow.review.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void aCertificateIsValidThroughItsLastDayAndExpiredAfter() {
        assertThat(CertificateStatus.of(true, true, false, TODAY, TODAY)).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateStatus.of(true, true, false, TODAY.minusDays(1), TODAY))
                .isEqualTo(CertificateStatus.EXPIRED);
        assertThat(CertificateStatus.EXPIRED.reason()).isNotBlank();
    }

    @Test
    void theWorstStandingWins() {
        var past = TODAY.minusYears(1);
        assertThat(CertificateStatus.of(false, false, false, null, TODAY)).isEqualTo(CertificateStatus.UNKNOWN);
        assertThat(CertificateStatus.of(true, false, true, past, TODAY)).isEqualTo(CertificateStatus.INVALID);
        assertThat(CertificateStatus.of(true, true, true, past, TODAY)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(CertificateStatus.of(true, true, false, null, TODAY)).isEqualTo(CertificateStatus.INVALID);
    }
}
