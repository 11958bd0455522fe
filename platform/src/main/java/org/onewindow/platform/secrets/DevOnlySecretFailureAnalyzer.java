package org.onewindow.platform.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into Boot's "APPLICATION FAILED TO START" report with what to set. */
class DevOnlySecretFailureAnalyzer extends AbstractFailureAnalyzer<DevOnlySecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevOnlySecretException cause) {
        return new FailureAnalysis(
                "The service would run with secrets that are dev-only defaults: " + cause.getMessage(),
                "Set " + String.join(", ", cause.variables())
                        + " in the service's environment. Only on a developer's machine, activate the 'local'"
                        + " profile (SPRING_PROFILES_ACTIVE=local) to run with the dev-only defaults.",
                cause);
    }
}
