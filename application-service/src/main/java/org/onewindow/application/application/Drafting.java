package org.onewindow.application.application;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.item.ItemVersions;
import org.onewindow.application.prereview.PreReview;
import org.onewindow.application.prereview.PreReviewProblem;
import org.onewindow.application.timeline.Timeline;
import org.onewindow.application.timeline.TimelineEntry;
import org.onewindow.platform.codes.CreditCode;
import org.onewindow.platform.codes.IdentityNumber;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.FieldProblems;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Making a draft for an item's current version, from any channel, and filling in its form. */
@Service
class Drafting {

    private final ItemVersions items;
    private final ApplicationStore store;
    private final Access access;
    private final Timeline timeline;
    private final PreReview preReview;
    private final Validator validator;
    private final Clock clock;

    Drafting(
            ItemVersions items,
            ApplicationStore store,
            Access access,
            Timeline timeline,
            PreReview preReview,
            Validator validator,
            Clock clock) {
        this.items = items;
        this.store = store;
        this.access = access;
        this.timeline = timeline;
        this.preReview = preReview;
        this.validator = validator;
        this.clock = clock;
    }

    record FormResult(JsonNode form, List<PreReviewProblem> problems) {}

    @Transactional
    Application create(NewApplication requested) {
        var caller = Caller.current();
        var channel = channelOf(caller);
        // online, whose application it is comes from the token before anything else is checked
        var filing = RealName.of(channel, caller, requested.applicant());
        var request = new NewApplication(requested.itemCode(), filing.applicant());
        var problems = new ArrayList<>(FieldProblems.of(validator.validate(request)));
        var applicant = request.applicant();
        if (applicant != null && applicant.type() != null && applicant.idNumber() != null) {
            boolean valid = applicant.type() == ApplicantInput.ApplicantType.NATURAL_PERSON
                    ? IdentityNumber.isValid(applicant.idNumber())
                    : CreditCode.isValid(applicant.idNumber());
            if (!valid) {
                problems.add(new FieldProblem(
                        "applicant.idNumber",
                        "invalid-id-number",
                        applicant.type() == ApplicantInput.ApplicantType.NATURAL_PERSON
                                ? "not a valid citizen identity number (GB 11643-1999)"
                                : "not a valid unified social credit code (GB 32100-2015)"));
            }
        }
        var item = request.itemCode() == null
                ? null
                : items.current(request.itemCode()).orElse(null);
        if (request.itemCode() != null && item == null) {
            problems.add(new FieldProblem("itemCode", "unknown-item", "no published item has this code"));
        } else if (item != null && item.retired()) {
            problems.add(
                    new FieldProblem("itemCode", "item-retired", "this item is retired and takes no applications"));
        } else if (item != null
                && applicant != null
                && applicant.type() != null
                && !item.guide().serviceObjects().contains(applicant.type().name())) {
            problems.add(new FieldProblem(
                    "applicant.type", "not-a-service-object", "this item does not serve " + applicant.type()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        var now = OffsetDateTime.now(clock);
        var application = new Application(
                UUID.randomUUID(),
                item.code(),
                item.version(),
                item.guide().name(),
                item.guide().department(),
                item.guide().reviewDepartments(),
                channel,
                ApplicationStatus.DRAFT,
                caller.subject(),
                caller.username(),
                roleOf(channel),
                applicant,
                filing.agent(),
                JsonNodeFactory.instance.objectNode(),
                null,
                null,
                null,
                null,
                null,
                now,
                List.of(),
                null,
                null,
                null);
        store.insert(application, now);
        timeline.append(
                application.id(),
                new TimelineEntry(now, "DRAFT", "DRAFT_CREATED", roleOf(channel), channel.name(), null));
        return store.find(application.id()).orElseThrow();
    }

    @Transactional
    FormResult updateForm(UUID id, JsonNode form) {
        if (form == null || !form.isObject()) {
            throw ProblemException.validation(
                    List.of(new FieldProblem(null, "not-an-object", "the form is a JSON object")));
        }
        var application = access.ownedForChange(id, Caller.current());
        if (!application.status().editable()) {
            throw ProblemException.conflict("the form can change only in a draft or during a supplement");
        }
        store.updateForm(id, form, OffsetDateTime.now(clock));
        var item =
                items.version(application.itemCode(), application.itemVersion()).orElseThrow();
        var updated = store.find(id).orElseThrow();
        return new FormResult(updated.form(), preReview.formProblems(updated.form(), item));
    }

    static Channel channelOf(Caller caller) {
        if (caller.hasRole(Roles.CLERK)) {
            return Channel.WINDOW;
        }
        if (caller.hasRole(Roles.PROVINCIAL_PLATFORM)) {
            return Channel.PROVINCIAL;
        }
        return Channel.ONLINE;
    }

    static String roleOf(Channel channel) {
        return switch (channel) {
            case ONLINE -> Roles.APPLICANT;
            case WINDOW -> Roles.CLERK;
            case PROVINCIAL -> Roles.PROVINCIAL_PLATFORM;
        };
    }
}
