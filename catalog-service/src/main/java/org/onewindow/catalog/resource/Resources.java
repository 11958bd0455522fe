package org.onewindow.catalog.resource;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.catalog.changefeed.Changes;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.FieldProblems;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource directory: a catalog admin's create and edit (every problem at once, each edit the
 * next version, the change log beside it), and the reads, which leave out of the public's view
 * every resource that is not open.
 */
@Service
class Resources {

    private final ResourceStore store;
    private final Validator validator;
    private final Clock clock;
    private final JsonMapper json;

    Resources(ResourceStore store, Validator validator, Clock clock, JsonMapper json) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    ResourceVersion create(ResourceDefinition resource) {
        var problems = problemsOf(resource);
        if (resource.code() != null && store.current(resource.code()).isPresent()) {
            problems.add(new FieldProblem("code", "duplicate", "a resource with this code exists already"));
        }
        requireNone(problems);
        var actor = Caller.current().username();
        var now = OffsetDateTime.now(clock);
        if (!store.write(resource, null, actor, now)) {
            throw ProblemException.conflict("resource " + resource.code() + " was created just now by someone else");
        }
        store.logChange(resource.code(), "CREATED", 1, actor, now, "[]");
        return store.current(resource.code()).orElseThrow();
    }

    /**
     * The next version of a resource.
     *
     * @param expectedVersion the version the editor started from ({@code If-Match}), or null
     */
    @Transactional
    ResourceVersion edit(String code, ResourceDefinition resource, Integer expectedVersion) {
        var current = store.current(code).orElseThrow(() -> ProblemException.notFound("no resource " + code));
        var problems = problemsOf(resource);
        if (!code.equals(resource.code())) {
            problems.add(
                    new FieldProblem("code", "code-changed", "a resource's code never changes; create a new resource"));
        }
        requireNone(problems);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ProblemException(
                    HttpStatus.PRECONDITION_FAILED,
                    "revision-mismatch",
                    "the resource is at version " + current.version() + ", not " + expectedVersion + "; reload it",
                    List.of());
        }
        var actor = Caller.current().username();
        var now = OffsetDateTime.now(clock);
        if (!store.write(resource, current.version(), actor, now)) {
            throw ProblemException.conflict("someone else changed the resource just now; reload it");
        }
        var changed = Changes.between(current.resource(), resource, json);
        store.logChange(code, "EDITED", current.version() + 1, actor, now, json.writeValueAsString(changed));
        return store.current(code).orElseThrow();
    }

    /** The public directory (open resources), or the whole sharing directory for its readers. */
    List<ResourceVersion> list(boolean sharingView) {
        return store.all(!sharingView);
    }

    /** A resource as its reader may see it: one that is not open is, to the public, unknown. */
    ResourceVersion current(String code, boolean sharingReader) {
        return store.current(code)
                .filter(found -> sharingReader || found.resource().isOpen())
                .orElseThrow(() -> ProblemException.notFound("no resource " + code));
    }

    List<ResourceVersion> versions(String code, boolean sharingReader) {
        current(code, sharingReader);
        return store.versions(code).stream()
                .filter(v -> sharingReader || v.resource().isOpen())
                .toList();
    }

    ResourceVersion version(String code, int version, boolean sharingReader) {
        current(code, sharingReader);
        return store.version(code, version)
                .filter(v -> sharingReader || v.resource().isOpen())
                .orElseThrow(() -> ProblemException.notFound("resource " + code + " has no version " + version));
    }

    private List<FieldProblem> problemsOf(ResourceDefinition resource) {
        var problems = new ArrayList<>(FieldProblems.of(validator.validate(resource)));
        problems.addAll(ResourceRules.check(resource));
        return problems;
    }

    private static void requireNone(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.validation(List.copyOf(problems));
        }
    }
}
