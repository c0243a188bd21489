package be.passerelle.infra.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PersonalDataLogGuardTest {

    @Test
    void a_log_line_with_a_marked_value_fails_the_test_class() {
        Events containers = run(LeakingLog.class);

        containers
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(LeakingLog.class),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(m -> m.contains("personal data")
                                                && m.contains("citizen Dupont-" + PersonalDataMarkers.MARKER)))));
    }

    @Test
    void a_marked_phone_number_on_standard_output_fails_the_test_class() {
        Events containers = run(LeakingPrint.class);

        containers
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(LeakingPrint.class),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class), message(m -> m.contains("System.out")))));
    }

    @Test
    void log_lines_without_personal_data_pass() {
        Events containers = run(QuietLog.class);

        containers.assertThatEvents().haveExactly(1, event(container(QuietLog.class), finishedSuccessfully()));
    }

    @Test
    void marked_values_are_recognised_whatever_their_case() {
        assertThat(PersonalDataMarkers.holdsPersonalData(
                        PersonalDataMarkers.markedEmail("jeanne").toUpperCase(java.util.Locale.ROOT)))
                .isTrue();
        assertThat(PersonalDataMarkers.holdsPersonalData("referral 3f9a1c2b sent to energy-ombudsman"))
                .isFalse();
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .containerEvents();
    }

    @ExtendWith(PersonalDataLogGuard.class)
    static class LeakingLog {
        private static final Logger log = LoggerFactory.getLogger(LeakingLog.class);

        @Test
        void logs_a_citizen() {
            log.info("referral created for citizen {}", PersonalDataMarkers.marked("Dupont"));
        }
    }

    @ExtendWith(PersonalDataLogGuard.class)
    static class LeakingPrint {
        @Test
        void prints_a_phone_number() {
            System.out.println("calling " + PersonalDataMarkers.markedPhone());
        }
    }

    @ExtendWith(PersonalDataLogGuard.class)
    static class QuietLog {
        private static final Logger log = LoggerFactory.getLogger(QuietLog.class);

        @Test
        void logs_a_reference() {
            log.info("referral {} created", PersonalDataMarkers.random());
        }
    }
}
