package org.crampcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The core is plain Java, its packages depend on each other in one direction, and the rule language stands alone. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crampcare");

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("org.crampcare.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theCoreUsesNoFrameworkAndNoWebOrDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                "java.sql..", "java.net.http..").check(CORE);
    }

    /**
     * The libraries the core may use: Jackson, the JSON Schema validator, commons-text (medicine misspellings) and
     * Hipparchus (the diary's statistics).
     */
    @Test
    void theCoreUsesOnlyTheJdkAndItsKeptLibraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.crampcare..", "tools.jackson..",
                "com.fasterxml.jackson.annotation..", "com.networknt.schema..", "org.apache.commons.text..",
                "org.hipparchus..")
                .check(CORE);
    }

    @Test
    void theRuleLanguageKnowsNothingOfKnowledgeFilesOrTheEngine() {
        noClasses().that().resideInAPackage("org.crampcare.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("org.crampcare.knowledge..", "org.crampcare.assessment..", "org.crampcare.medication..")
                .check(CORE);
    }

    @Test
    void theEngineNeverReadsFilesItself() {
        noClasses().that().resideInAPackage("org.crampcare.assessment..").should().dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.io.File").check(CORE);
    }

    /** The diary is pure: "today" and "now" are passed in, never read from a clock. */
    @Test
    void theDiaryReadsNoClock() {
        noClasses().that().resideInAPackage("org.crampcare.diary..").should()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.resideInAPackage("java.time")))))
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().belongToAnyOf(java.time.Clock.class)
                .check(CORE);
    }
}
