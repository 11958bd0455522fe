package org.onewindow.portal.supervision;

import java.util.ArrayList;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every service's dead letters on one page, and 重新投递 per letter (POST, then back to the page
 * with what happened). A service that cannot answer just now leaves its own section empty, not
 * the page.
 */
@Controller
class DeadLettersController {

    static final String PATH = "/workbench/supervision/dead-letters";

    private final SupervisionClient client;

    DeadLettersController(SupervisionClient client) {
        this.client = client;
    }

    @GetMapping(PATH)
    String list(Model model) {
        var sections = new ArrayList<DeadLetters.Section>();
        for (var service : DeadLetters.SERVICES) {
            try {
                sections.add(new DeadLetters.Section(service, client.deadLetters(service), false));
            } catch (GatewayUnavailableException e) {
                sections.add(new DeadLetters.Section(service, null, true));
            }
        }
        model.addAttribute("sections", sections);
        return "supervision/dead-letters";
    }

    @PostMapping(PATH + "/{service}/{id}/redrive")
    String redrive(@PathVariable String service, @PathVariable long id, RedirectAttributes redirect) {
        if (!DeadLetters.SERVICES.contains(service)) {
            throw new NotFoundException("no dead letters of " + service);
        }
        String outcome;
        try {
            client.redrive(service, id);
            outcome = "redriven";
        } catch (ApiRefusedException refused) {
            if (!refused.conflict()) {
                throw refused;
            }
            outcome = "already";
        } catch (NotFoundException e) {
            outcome = "gone";
        } catch (GatewayUnavailableException e) {
            outcome = "unavailable";
        }
        redirect.addFlashAttribute("outcome", outcome);
        redirect.addFlashAttribute("letter", id);
        return "redirect:" + PATH + "#" + service;
    }
}
