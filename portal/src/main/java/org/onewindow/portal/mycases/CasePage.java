package org.onewindow.portal.mycases;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the case page shows, worked out here rather than in the template: what to do now,
 * the steps, the actions the status allows, the materials asked for (named from the item version
 * the case was made under), the timeline, the certificate. Used for the page itself and for
 * showing it again with problems.
 */
@Component
class CasePage {

    private static final Logger log = LoggerFactory.getLogger(CasePage.class);

    static final String VIEW = "mycases/case";

    private final CertificateStandings certificates;
    private final CatalogClient catalog;
    private final MessageSource messages;

    CasePage(CertificateStandings certificates, CatalogClient catalog, MessageSource messages) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.messages = messages;
    }

    /**
     * The materials of the item version the case was made under, by id (a newer version may name,
     * add or drop materials); empty while the catalog does not answer (ids are shown).
     */
    Map<String, ItemGuide.Material> materials(Application application) {
        try {
            return catalog.version(application.itemCode(), application.itemVersion())
                    .map(item -> item.guide().materials().stream()
                            .collect(Collectors.toMap(ItemGuide.Material::id, Function.identity(), (a, b) -> a)))
                    .orElse(Map.of());
        } catch (GatewayUnavailableException e) {
            log.info("case {} shown without material names: {}", application.id(), e.getMessage());
            return Map.of();
        }
    }

    String render(Application application, Model model, Locale locale, FormErrors errors) {
        var materials = materials(application);
        // not "application": Thymeleaf reads ${application} as the servlet context
        model.addAttribute("myCase", application);
        model.addAttribute("statusKey", CaseStatus.of(application).wordKey());
        model.addAttribute("next", NextStep.of(application, CaseDates.day(application.gapDeadline(), locale)));
        model.addAttribute("steps", CaseSteps.of(application));
        model.addAttribute("actions", CaseActions.of(application));
        model.addAttribute("createdOn", CaseDates.day(application.createdAt(), locale));
        model.addAttribute("submittedOn", CaseDates.day(application.submittedAt(), locale));
        model.addAttribute("requested", RequestedMaterial.forSupplement(application, materials));
        model.addAttribute("owed", RequestedMaterial.forGap(application, materials));
        model.addAttribute("timeline", CaseTimeline.lines(application, messages, locale));
        model.addAttribute("certificate", certificate(application));
        model.addAttribute("ratingLevels", Rating.LEVELS);
        if (!model.containsAttribute("rating")) {
            model.addAttribute("rating", new Rating(null, null));
        }
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** The electronic certificate's number is in the timeline step that issued it. */
    private Certificate certificate(Application application) {
        return application
                .last("CERTIFICATE_ISSUED")
                .map(entry -> entry.text("certificateNo"))
                .filter(no -> !no.isBlank())
                .map(no -> new Certificate(no, certificates.of(no).orElse(null)))
                .orElse(null);
    }

    /**
     * The case's electronic certificate.
     *
     * @param standing VALID, REVOKED, EXPIRED or INVALID; null when review did not say
     */
    record Certificate(String number, String standing) {}
}
