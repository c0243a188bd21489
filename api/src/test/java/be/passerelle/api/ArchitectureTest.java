package be.passerelle.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The module rules of SPEC §1 and STYLE.md, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("be.passerelle");

    /** core is plain Java: only the JDK and itself. */
    static final ArchRule CORE_IS_PLAIN_JAVA = classes()
            .that()
            .resideInAPackage("be.passerelle.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("be.passerelle.core..", "java..")
            .because("core knows nothing of Spring, jOOQ, Keycloak or servlets");

    static final ArchRule API_DOES_NOT_USE_JOOQ = noClasses()
            .that()
            .resideInAPackage("be.passerelle.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "be.passerelle.persistence.jooq..")
            .because("the api is thin: persistence goes through core's ports");

    static final ArchRule PERSISTENCE_DOES_NOT_USE_INFRA = noClasses()
            .that()
            .resideInAPackage("be.passerelle.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("be.passerelle.infra..", "be.passerelle.api..");

    static final ArchRule INFRA_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that()
            .resideInAPackage("be.passerelle.infra..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("be.passerelle.persistence..", "be.passerelle.api..");

    static final ArchRule MODULES_ARE_FREE_OF_CYCLES =
            slices().matching("be.passerelle.(*)..").should().beFreeOfCycles();

    /** Inside each module, the capability packages (core.referral, api.web, …) depend one way only. */
    static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("be.passerelle.(*).(*)..")
            .namingSlices("$1.$2")
            .should()
            .beFreeOfCycles();

    @Test
    void core_is_plain_java() {
        CORE_IS_PLAIN_JAVA.check(PRODUCTION);
    }

    @Test
    void api_does_not_use_jooq() {
        API_DOES_NOT_USE_JOOQ.check(PRODUCTION);
    }

    @Test
    void persistence_depends_on_core_only() {
        PERSISTENCE_DOES_NOT_USE_INFRA.check(PRODUCTION);
    }

    @Test
    void infra_depends_on_core_only() {
        INFRA_DOES_NOT_USE_PERSISTENCE.check(PRODUCTION);
    }

    @Test
    void modules_do_not_form_cycles() {
        MODULES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void packages_within_a_module_do_not_form_cycles() {
        PACKAGES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void the_rules_catch_a_violation() {
        JavaClasses offending = new ClassFileImporter().importPackages("be.passerelle.core.archfixture");
        assertThatThrownBy(() -> CORE_IS_PLAIN_JAVA.check(offending)).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_cycle_rule_catches_a_package_cycle() {
        JavaClasses cycle = new ClassFileImporter()
                .importPackages("be.passerelle.api.archcycleleft", "be.passerelle.api.archcycleright");
        assertThatThrownBy(() -> PACKAGES_ARE_FREE_OF_CYCLES.check(cycle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("api.archcycleleft")
                .hasMessageContaining("api.archcycleright");
    }
}
