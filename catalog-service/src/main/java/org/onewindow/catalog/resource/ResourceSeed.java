package org.onewindow.catalog.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the sample resource directory (seed/resources/*.json, every entry marked sample) into an
 * empty directory through the ordinary create path, beside the sample catalog and on the same
 * switch: only the local stack turns it on.
 */
@Component
@ConditionalOnProperty(name = "onewindow.catalog.seed", havingValue = "true")
class ResourceSeed {

    private static final Logger log = LoggerFactory.getLogger(ResourceSeed.class);
    static final String ACTOR = "sample-directory-seed";

    private final Resources resources;
    private final ResourceStore store;
    private final JsonMapper json;

    ResourceSeed(Resources resources, ResourceStore store, JsonMapper json) {
        this.resources = resources;
        this.store = store;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        if (store.count() > 0) {
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(ACTOR, "n/a", "ROLE_catalog-admin"));
        try {
            var samples = sampleResources();
            samples.forEach(resources::create);
            log.info("loaded the sample resource directory: {} resources", samples.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    List<ResourceDefinition> sampleResources() {
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath:seed/resources/*.json");
            return Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResourceDefinition read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return json.readValue(in, ResourceDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
