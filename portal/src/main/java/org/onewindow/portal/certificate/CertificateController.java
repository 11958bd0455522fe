package org.onewindow.portal.certificate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.onewindow.portal.publicapi.Answer;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.system.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 证照核验. A number alone may come in the address (a link from the case's progress, a QR code on
 * paper): it opens nothing but the standing. The verification code, which opens the content, comes
 * only by POST and is answered in place, so it never stands in an address or a log.
 */
@Controller
@RequestMapping("/certificates/verify")
class CertificateController {

    private final CertificateClient client;
    private final MessageSource messages;

    CertificateController(CertificateClient client, MessageSource messages) {
        this.client = client;
        this.messages = messages;
    }

    @GetMapping
    String form(
            @RequestParam(required = false) String certificateNo,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var check = new CheckForm(certificateNo, null);
        var errors = new BeanPropertyBindingResult(check, "check");
        if (certificateNo != null && !certificateNo.isBlank()) {
            if (certificateNo.strip().matches("[0-9A-Za-z.]{5,120}")) {
                standing(check, errors, model, response);
            } else {
                errors.rejectValue("certificateNo", "Pattern");
            }
        }
        return page(check, errors, model, request);
    }

    @PostMapping
    String check(
            @Valid @ModelAttribute("check") CheckForm check,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            if (check.hasCode()) {
                withContent(check, errors, model, response);
            } else {
                standing(check, errors, model, response);
            }
        }
        return page(check, errors, model, request);
    }

    private void standing(CheckForm check, BindingResult errors, Model model, HttpServletResponse response) {
        var answer = client.standing(check.number());
        if (answer.ok()) {
            var found = answer.body();
            model.addAttribute("certificate", new CertificateCheck(found.certificateNo(), found.status(), null, null));
        } else {
            refuse(answer, errors, response, "certificate.notFound");
        }
    }

    private void withContent(CheckForm check, BindingResult errors, Model model, HttpServletResponse response) {
        var answer = client.withContent(check.number(), check.verificationCode());
        if (!answer.ok()) {
            refuse(answer, errors, response, "certificate.notFoundWithCode");
            return;
        }
        var found = answer.body();
        var verification = client.verification(check.number());
        Boolean signed = verification.ok() ? verification.body().signatureValid() : null;
        model.addAttribute(
                "certificate", new CertificateCheck(found.certificateNo(), found.status(), found.content(), signed));
    }

    private static void refuse(Answer<?> answer, BindingResult errors, HttpServletResponse response, String notFound) {
        if (answer.tooMany()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("public.tooMany");
        } else {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            errors.reject(notFound);
        }
    }

    private String page(CheckForm check, BindingResult errors, Model model, HttpServletRequest request) {
        model.addAttribute("check", model.containsAttribute("certificate") ? new CheckForm(null, null) : check);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "check", errors);
        model.addAttribute("errorSummary", ErrorSummary.of(errors, CheckForm.FIELDS, messages));
        return Htmx.isPartial(request) ? "certificate/verify :: check" : "certificate/verify";
    }
}
