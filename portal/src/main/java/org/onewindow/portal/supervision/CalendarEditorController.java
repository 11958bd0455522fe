package org.onewindow.portal.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.publicapi.PublicFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar editor: a year's holidays and adjusted working days as two editable
 * lists, saved whole (PUT /api/review/calendar/{year}); every problem is shown at once, beside its
 * field and in the summary, and a saved year comes back with a confirmation (post, redirect, get).
 */
@Controller
class CalendarEditorController {

    static final String PATH = "/workbench/supervision/calendar";

    private final SupervisionClient client;
    private final MessageSource messages;
    private final Clock clock = Clock.system(PublicFormat.BUREAU);

    CalendarEditorController(SupervisionClient client, MessageSource messages) {
        this.client = client;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String thisYear() {
        return "redirect:" + PATH + "/" + LocalDate.now(clock).getYear();
    }

    @GetMapping(PATH + "/{year}")
    String year(@PathVariable int year, Model model) {
        return page(year, CalendarForm.of(client.calendar(year)), null, model);
    }

    @PostMapping(PATH + "/{year}")
    String save(
            @PathVariable int year,
            @ModelAttribute("form") CalendarForm form,
            Model model,
            RedirectAttributes redirect) {
        var problems = new CalendarProblems(messages, year);
        var holidays = form.entries("holidays", problems);
        var workdays = form.entries("adjustedWorkingDays", problems);
        if (problems.isEmpty()) {
            try {
                client.saveCalendar(
                        year,
                        new CalendarYear.Input(
                                holidays.stream().map(CalendarForm.Entry::day).toList(),
                                workdays.stream().map(CalendarForm.Entry::day).toList()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + PATH + "/" + year;
            } catch (ApiRefusedException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                var sent = new ArrayList<>(holidays);
                sent.addAll(workdays);
                problems.add(refused.problem(), sent);
            }
        }
        return page(year, form, problems, model);
    }

    private String page(int year, CalendarForm form, CalendarProblems problems, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("lists", CalendarForm.LISTS);
        model.addAttribute("problems", problems == null ? Map.of() : problems.byField());
        model.addAttribute("errorSummary", problems == null ? null : problems.summary(form));
        return "supervision/calendar";
    }
}
