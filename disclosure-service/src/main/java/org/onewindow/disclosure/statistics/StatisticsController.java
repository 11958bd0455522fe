package org.onewindow.disclosure.statistics;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's published performance (API.md): per department and per item over a period. */
@RestController
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/disclosure/statistics")
    StatisticsService.Statistics statistics(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return statistics.statistics(department, from, to);
    }
}
