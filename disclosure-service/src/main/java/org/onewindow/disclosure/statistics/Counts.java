package org.onewindow.disclosure.statistics;

/**
 * The raw sums behind a row of statistics. Rates are derived from sums, never averaged from
 * other rates, so a total row is as exact as a department's.
 */
record Counts(
        long received,
        long accepted,
        long notAccepted,
        long completed,
        long onTime,
        long workingDays,
        long overdueNow) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts other) {
        return new Counts(
                received + other.received,
                accepted + other.accepted,
                notAccepted + other.notAccepted,
                completed + other.completed,
                onTime + other.onTime,
                workingDays + other.workingDays,
                overdueNow + other.overdueNow);
    }

    /** The published figures; a rate over nothing is null, not 0 or 100%. */
    Figures figures() {
        return new Figures(
                received,
                accepted,
                notAccepted,
                completed,
                completed == 0 ? null : Rates.ratio(onTime, completed),
                completed == 0 ? null : Rates.oneDecimal((double) workingDays / completed),
                overdueNow);
    }

    /**
     * @param onTimeRate share of the completed cases decided within their limit, 0..1, 4 decimals
     * @param averageWorkingDays working days from acceptance to decision over the completed cases
     * @param overdueNow cases past their limit without a decision at this moment, whatever the period
     */
    record Figures(
            long received,
            long accepted,
            long notAccepted,
            long completed,
            Double onTimeRate,
            Double averageWorkingDays,
            long overdueNow) {}
}
