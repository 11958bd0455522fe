package org.onewindow.disclosure.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

/** The house from above: features without cycles, and controller → service → store in each. */
class BoundariesTest {

    static final JavaClasses DISCLOSURE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.disclosure");

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.onewindow.disclosure.(*)..")
                .should()
                .beFreeOfCycles()
                .check(DISCLOSURE);
    }

    @Test
    void controllersNeverHoldAJdbcClient() {
        noClasses()
                .that()
                .haveNameMatching(".*Controller(\\$.*)?")
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .check(DISCLOSURE);
    }

    @Test
    void onlyStoresWriteSql() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Store")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .check(DISCLOSURE);
    }

    @Test
    void listenersCallServicesOrStoresNeverControllers() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Projection")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(RestController.class)
                .check(DISCLOSURE);
    }
}
