package org.onewindow.catalog.resource;

import java.net.URI;
import java.util.List;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resource directory: the public reads the open resources; staff and sharing clients read the
 * sharing directory ({@code ?view=sharing}) and any resource; catalog admins create and edit.
 */
@RestController
@RequestMapping("/api/catalog/resources")
class ResourceController {

    private final Resources resources;

    ResourceController(Resources resources) {
        this.resources = resources;
    }

    enum View {
        OPEN,
        SHARING
    }

    record Directory(View view, List<ResourceVersion> resources) {}

    /** The path may be as the codes are written, with a slash: {@code 11530000MB00000012/00001}. */
    @GetMapping
    Directory list(@RequestParam(defaultValue = "open") String view) {
        var chosen = switch (view) {
            case "open" -> View.OPEN;
            case "sharing" -> View.SHARING;
            default ->
                throw ProblemException.validation(
                        List.of(new FieldProblem("view", "invalid", "open (the default) or sharing")));
        };
        return new Directory(chosen, resources.list(chosen == View.SHARING));
    }

    @GetMapping("/{provider}/{sequence}")
    ResourceVersion current(@PathVariable String provider, @PathVariable String sequence) {
        return resources.current(provider + "/" + sequence, SharingReaders.current());
    }

    @GetMapping("/{provider}/{sequence}/versions")
    List<ResourceVersion> versions(@PathVariable String provider, @PathVariable String sequence) {
        return resources.versions(provider + "/" + sequence, SharingReaders.current());
    }

    @GetMapping("/{provider}/{sequence}/versions/{version}")
    ResourceVersion version(@PathVariable String provider, @PathVariable String sequence, @PathVariable int version) {
        return resources.version(provider + "/" + sequence, version, SharingReaders.current());
    }

    @PostMapping
    ResponseEntity<ResourceVersion> create(@RequestBody ResourceDefinition resource) {
        var created = resources.create(resource);
        return ResponseEntity.created(URI.create("/api/catalog/resources/" + created.code()))
                .eTag(String.valueOf(created.version()))
                .body(created);
    }

    @PutMapping("/{provider}/{sequence}")
    ResponseEntity<ResourceVersion> edit(
            @PathVariable String provider,
            @PathVariable String sequence,
            @RequestBody ResourceDefinition resource,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var edited = resources.edit(provider + "/" + sequence, resource, versionOf(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(edited.version())).body(edited);
    }

    private static Integer versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.validation(
                    List.of(new FieldProblem("If-Match", "invalid", "If-Match names a version, e.g. \"3\"")));
        }
    }
}
