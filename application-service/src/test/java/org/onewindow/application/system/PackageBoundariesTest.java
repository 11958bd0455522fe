package org.onewindow.application.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The features of application-service depend on each other one way only: the application at the
 * core, the rest around it. A cycle (as draft and prereview, draft and material once had) fails here.
 */
class PackageBoundariesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.application");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.onewindow.application.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void onlyTheApplicationStoreWritesTheApplicationsStatus() {
        noClasses()
                .that()
                .doNotHaveSimpleName("ApplicationSteps")
                .should()
                .callMethod(
                        org.onewindow.application.application.ApplicationStore.class,
                        "apply",
                        java.util.UUID.class,
                        org.onewindow.application.application.ApplicationLifecycle.Transition.class,
                        java.time.OffsetDateTime.class)
                .check(CLASSES);
    }
}
