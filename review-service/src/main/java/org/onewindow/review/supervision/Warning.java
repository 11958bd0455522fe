package org.onewindow.review.supervision;

/**
 * What a supervisor's list of cases is filtered by (DOMAIN.md: nearing its deadline a case turns
 * YELLOW, past it RED, and supervisors see it).
 */
enum Warning {
    /** still open, announced YELLOW: two working days or less left, or 80% of the limit used */
    YELLOW,
    /** still open, announced RED: past its deadline with the clock running */
    RED,
    /** completed after its deadline (超期办结): what lowers the on-time rate */
    OVERDUE
}
