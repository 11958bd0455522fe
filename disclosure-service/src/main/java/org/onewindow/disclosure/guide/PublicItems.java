package org.onewindow.disclosure.guide;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published guides for the public: the current version of each item, retired and confidential
 * items never shown. Order-safe: an older version arriving late never replaces a newer one.
 */
@RestController
class PublicItems {

    private final JdbcClient jdbc;
    private final EventInbox inbox;
    private final JsonMapper json;

    PublicItems(JdbcClient jdbc, EventInbox inbox, JsonMapper json) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.json = json;
    }

    record ItemSummary(String code, String name, String type, String department, int version) {}

    @KafkaListener(
            topics = Topics.CATALOG_ITEM,
            groupId = "${onewindow.disclosure.consumer-group:disclosure-service}-items")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("disclosure-items", record, envelope -> {
            if ("ItemPublished".equals(envelope.type())) {
                var published = envelope.payloadAs(EventTypes.ITEM_PUBLISHED);
                var guide = published.guide();
                jdbc.sql("""
                                insert into public_item (code, version, name, type, department, guide, confidential)
                                values (:code, :version, :name, :type, :department, cast(:guide as jsonb), :confidential)
                                on conflict (code) do update set version = excluded.version, name = excluded.name,
                                    type = excluded.type, department = excluded.department, guide = excluded.guide,
                                    confidential = excluded.confidential
                                where public_item.version < excluded.version and not public_item.retired
                                """)
                        .param("code", published.code())
                        .param("version", published.version())
                        .param("name", guide.name())
                        .param("type", guide.type())
                        .param("department", guide.department())
                        .param("guide", json.writeValueAsString(guide))
                        .param("confidential", guide.confidential())
                        .update();
            } else if ("ItemRetired".equals(envelope.type())) {
                jdbc.sql("update public_item set retired = true where code = :code")
                        .param("code", envelope.key())
                        .update();
            }
        });
    }

    @GetMapping("/api/disclosure/items")
    List<ItemSummary> items(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return jdbc.sql("""
                        select code, name, type, department, version from public_item
                        where not retired and not confidential order by code limit :limit offset :offset
                        """)
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> new ItemSummary(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("department"),
                        rs.getInt("version")))
                .list();
    }

    @GetMapping("/api/disclosure/items/{code}")
    JsonNode item(@PathVariable String code) {
        Optional<String> guide = jdbc.sql(
                        "select guide from public_item where code = :code and not retired and not confidential")
                .param("code", code)
                .query(String.class)
                .optional();
        return guide.map(json::readTree).orElseThrow(() -> ProblemException.notFound("no published guide " + code));
    }
}
