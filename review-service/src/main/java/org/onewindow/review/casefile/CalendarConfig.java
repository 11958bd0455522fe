package org.onewindow.review.casefile;

import org.onewindow.review.calendar.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar. Until supervisors maintain holidays per year (next step of this
 * service), only weekends are days off: no holiday dates are shipped without a source to cite.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.weekendsOnly();
    }
}
