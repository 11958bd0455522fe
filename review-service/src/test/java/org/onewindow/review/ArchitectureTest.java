package org.onewindow.review;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** review-service's top-level packages depend on each other in one direction only (STYLE.md). */
class ArchitectureTest {

    @Test
    void topLevelPackagesHaveNoCycles() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onewindow.review");
        slices().matching("org.onewindow.review.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
