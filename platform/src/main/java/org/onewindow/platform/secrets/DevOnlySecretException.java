package org.onewindow.platform.secrets;

import java.util.List;
import java.util.stream.Collectors;

/** A service was about to start with secrets that still have their dev-only defaults. */
public class DevOnlySecretException extends IllegalStateException {

    private final transient List<DevOnlySecret> secrets;

    DevOnlySecretException(List<DevOnlySecret> secrets) {
        super(secrets.stream()
                        .map(s -> s.property() + " still has its dev-only default: set " + s.variable())
                        .collect(Collectors.joining("; "))
                + " (only a developer's machine may run on dev-only defaults, with the local profile:"
                + " SPRING_PROFILES_ACTIVE=local)");
        this.secrets = List.copyOf(secrets);
    }

    /** The environment variables to set, in the order of their properties. */
    public List<String> variables() {
        return secrets.stream().map(DevOnlySecret::variable).toList();
    }
}
