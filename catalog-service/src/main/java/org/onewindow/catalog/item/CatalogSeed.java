package org.onewindow.catalog.item;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the sample catalog (seed/items/*.json) into an empty catalog through the ordinary
 * create-and-publish path, so the events reach review and disclosure like any publication.
 * Only the local stack turns it on ({@code ONEWINDOW_CATALOG_SEED=true}); a deployment never.
 */
@Component
@ConditionalOnProperty(name = "onewindow.catalog.seed", havingValue = "true")
class CatalogSeed {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);
    static final String ACTOR = "sample-catalog-seed";

    private final ItemDrafts drafts;
    private final ItemPublishing publishing;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogSeed(ItemDrafts drafts, ItemPublishing publishing, JdbcClient jdbc, JsonMapper json) {
        this.drafts = drafts;
        this.publishing = publishing;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        long existing = jdbc.sql("select count(*) from item").query(Long.class).single();
        if (existing > 0) {
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(ACTOR, "n/a", "ROLE_catalog-admin"));
        try {
            var samples = sampleItems();
            for (var item : samples) {
                drafts.create(item);
                publishing.publish(item.code());
            }
            log.info("loaded the sample catalog: {} items published", samples.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    List<ItemDefinition> sampleItems() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:seed/items/*.json");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ItemDefinition read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return json.readValue(in, ItemDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
