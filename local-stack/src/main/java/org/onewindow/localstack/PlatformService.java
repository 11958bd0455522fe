package org.onewindow.localstack;

import java.util.List;

/**
 * The five services of OneWindow and its portal, with their module, database and port. The portal's
 * database holds its sessions only (Spring Session), never any data of the services.
 */
public enum PlatformService {
    CATALOG("catalog-service", "catalog"),
    APPLICATION("application-service", "application"),
    REVIEW("review-service", "review"),
    DISCLOSURE("disclosure-service", "disclosure"),
    GATEWAY("gateway", null),
    PORTAL("portal", "portal");

    private final String module;
    private final String database;

    PlatformService(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int port(Ports ports) {
        return switch (this) {
            case CATALOG -> ports.catalog();
            case APPLICATION -> ports.application();
            case REVIEW -> ports.review();
            case DISCLOSURE -> ports.disclosure();
            case GATEWAY -> ports.gateway();
            case PORTAL -> ports.portal();
        };
    }

    public static List<String> databases() {
        return java.util.Arrays.stream(values())
                .map(PlatformService::database)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
