package org.onewindow.portal.supervision;

import java.util.UUID;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The log of pushes to the provincial platform, by state, and 重新发送 for a failed one (POST,
 * then back to the log with what happened).
 */
@Controller
class ProvincialController {

    static final String PATH = "/workbench/supervision/provincial";

    private final SupervisionClient client;

    ProvincialController(SupervisionClient client) {
        this.client = client;
    }

    @GetMapping(PATH)
    String log(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Model model) {
        var shown = state != null && ProvincialMessage.STATES.contains(state) ? state : null;
        int at = Math.min(Math.max(page, 0), 10_000);
        var messages = client.provincialMessages(shown, at);
        model.addAttribute("state", shown);
        model.addAttribute("states", ProvincialMessage.STATES);
        model.addAttribute("messages", messages);
        model.addAttribute("page", at);
        model.addAttribute("hasNext", messages.size() == SupervisionClient.WORKLIST);
        return "supervision/provincial";
    }

    @PostMapping(PATH + "/{messageId}/resend")
    String resend(@PathVariable UUID messageId, RedirectAttributes redirect) {
        String outcome;
        try {
            client.resend(messageId);
            outcome = "resent";
        } catch (ApiRefusedException refused) {
            if (!refused.conflict()) {
                throw refused;
            }
            outcome = "notFailed";
        } catch (NotFoundException e) {
            outcome = "gone";
        } catch (GatewayUnavailableException e) {
            outcome = "unavailable";
        }
        redirect.addFlashAttribute("outcome", outcome);
        redirect.addFlashAttribute("resentId", messageId);
        return "redirect:" + PATH;
    }
}
