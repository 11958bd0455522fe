package org.onewindow.review.sharing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The sharing directory as it stands now, asked of catalog-service on every sharing call: access
 * follows the directory, so a resource withdrawn there is refused here at once. Catalog away is a
 * 503 and nothing is answered: without the directory, nothing is known to be shared.
 */
@Component
class SharingDirectory {

    private static final Logger log = LoggerFactory.getLogger(SharingDirectory.class);

    private final DirectoryClient catalog;

    SharingDirectory(DirectoryClient catalog) {
        this.catalog = catalog;
    }

    /** Each resource by code. */
    Map<String, DirectoryEntry> entries() {
        List<DirectoryClient.Listed> listed;
        try {
            listed = catalog.directory("sharing").resources();
        } catch (RuntimeException e) {
            log.warn("the sharing directory could not be read: {}", e.toString());
            throw new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "directory-unavailable",
                    "the sharing directory cannot be read now, so nothing is shared; try again shortly",
                    List.of());
        }
        return listed.stream()
                .filter(l -> l.resource() != null && l.resource().sharing() != null)
                .map(l -> new DirectoryEntry(
                        l.code(), l.resource().name(), l.resource().sharing()))
                .collect(Collectors.toUnmodifiableMap(DirectoryEntry::code, Function.identity(), (a, b) -> a));
    }
}
