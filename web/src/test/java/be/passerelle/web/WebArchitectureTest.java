package be.passerelle.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The web client knows the API only over HTTP, through the generated client. */
class WebArchitectureTest {
    private static final ArchRule ONLY_THE_PUBLIC_API = noClasses()
            .that()
            .resideInAPackage("be.passerelle.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "be.passerelle.api..",
                    "be.passerelle.core..",
                    "be.passerelle.persistence..",
                    "be.passerelle.infra..")
            .because("the web client uses the public API only, over HTTP with the generated client (SPEC §8)");

    @Test
    void web_client_uses_no_class_of_the_api_core_persistence_or_infra() {
        JavaClasses web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.passerelle.web");
        assertThat(web).as("main classes imported").isNotEmpty();
        ONLY_THE_PUBLIC_API.check(web);
    }

    @Test
    void the_rule_catches_a_class_that_reaches_into_the_api() {
        JavaClasses fixture = new ClassFileImporter().importPackages("be.passerelle.web.archfixture");
        assertThat(ONLY_THE_PUBLIC_API.evaluate(fixture).hasViolation()).isTrue();
    }
}
