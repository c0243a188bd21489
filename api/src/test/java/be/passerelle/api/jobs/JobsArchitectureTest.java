package be.passerelle.api.jobs;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** Background work has one home: the jobs package schedules it, and starts its threads. */
class JobsArchitectureTest {
    private static final String JOBS = "be.passerelle.api.jobs";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("be.passerelle");
    private static final JavaClasses HAND_MADE_JOB = new ClassFileImporter().importPackages(JOBS + "fixture");

    static final ArchRule SCHEDULING_IS_ENABLED_IN_THE_JOBS_PACKAGE = classes()
            .that()
            .areAnnotatedWith(EnableScheduling.class)
            .or()
            .implement(SchedulingConfigurer.class)
            .should()
            .resideInAPackage(JOBS)
            .because("one scheduler, sized for the jobs, runs all background work");

    static final ArchRule SCHEDULED_METHODS_ARE_IN_THE_JOBS_PACKAGE = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should()
            .beDeclaredInClassesThat()
            .resideInAPackage(JOBS)
            .because("a job is a Job bean of the jobs package, with its lock, error policy and metrics")
            .allowEmptyShould(true);

    static final ArchRule THREADS_ARE_STARTED_IN_THE_JOBS_PACKAGE = noClasses()
            .that()
            .resideInAPackage("be.passerelle.api..")
            .and()
            .resideOutsideOfPackage(JOBS)
            .should()
            .callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("background threads live with the jobs");

    @Test
    void scheduling_is_enabled_once_in_the_jobs_package() {
        SCHEDULING_IS_ENABLED_IN_THE_JOBS_PACKAGE.check(PRODUCTION);
        assertThat(PRODUCTION.stream().filter(type -> type.isAnnotatedWith(EnableScheduling.class)))
                .extracting(JavaClass::getName)
                .containsExactly(JobScheduling.class.getName());
    }

    @Test
    void scheduled_methods_are_in_the_jobs_package() {
        SCHEDULED_METHODS_ARE_IN_THE_JOBS_PACKAGE.check(PRODUCTION);
    }

    @Test
    void the_api_starts_threads_only_in_the_jobs_package() {
        THREADS_ARE_STARTED_IN_THE_JOBS_PACKAGE.check(PRODUCTION);
    }

    @Test
    void the_rules_catch_a_hand_made_job() {
        assertThatThrownBy(() -> SCHEDULING_IS_ENABLED_IN_THE_JOBS_PACKAGE.check(HAND_MADE_JOB))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SCHEDULED_METHODS_ARE_IN_THE_JOBS_PACKAGE.check(HAND_MADE_JOB))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> THREADS_ARE_STARTED_IN_THE_JOBS_PACKAGE.check(HAND_MADE_JOB))
                .isInstanceOf(AssertionError.class);
    }
}
