package org.onewindow.disclosure.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding as the published tables show it: rates to 4 decimals (0.9512 = 95.12%), days to 1. */
public final class Rates {

    private Rates() {}

    public static double ratio(long part, long whole) {
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
