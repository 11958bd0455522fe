package org.onewindow.application.timeline;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** One change of an application: when, to which status, what happened, by which role, through which channel. */
public record TimelineEntry(
        OffsetDateTime at, String status, String action, String actorRole, String channel, JsonNode detail) {}
