package be.passerelle.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class SamplesTest {

    @Test
    void the_same_seed_draws_the_same_samples() {
        Samples samples = Samples.of(50, random -> random.nextLong()).withSeed(42);

        assertThat(values(samples)).hasSize(50).isEqualTo(values(samples));
        assertThat(values(Samples.of(50, random -> random.nextLong()).withSeed(42)))
                .isEqualTo(values(samples));
    }

    @Test
    void another_seed_draws_other_samples() {
        assertThat(values(Samples.of(50, random -> random.nextLong()).withSeed(43)))
                .isNotEqualTo(values(Samples.of(50, random -> random.nextLong()).withSeed(42)));
    }

    @Test
    void examples_come_first_then_the_drawn_samples() {
        List<Arguments> samples = Samples.ofArguments(
                        2, random -> Arguments.of(random.nextInt(10, 20), random.nextInt(10, 20)))
                .withExampleArguments(Arguments.of(1, 2))
                .withExamples(3)
                .withSeed(7)
                .stream()
                .toList();

        assertThat(samples).hasSize(4);
        assertThat(samples.get(0).get()).containsExactly(1, 2);
        assertThat(samples.get(1).get()).containsExactly(3);
        assertThat(samples.get(2).get())
                .hasSize(2)
                .allSatisfy(v -> assertThat((int) v).isBetween(10, 19));
    }

    @Test
    void each_sample_is_named_after_its_seed_and_number() {
        List<String> names = Samples.of(2, random -> random.nextInt(5)).withExamples("a\tb").withSeed(42).stream()
                .map(arguments -> ((Arguments.ArgumentSet) arguments).getName())
                .toList();

        assertThat(names.get(0)).isEqualTo("example: \"a\\u0009b\"");
        assertThat(names.get(1)).startsWith("seed 42, sample 1: ");
        assertThat(names.get(2)).startsWith("seed 42, sample 2: ");
    }

    @Test
    void long_samples_are_cut_short_in_the_name() {
        String name = Samples.describe(new Object[] {"x".repeat(500)});

        assertThat(name).hasSize(100).endsWith("...");
    }

    @Test
    void the_seed_of_the_run_can_be_fixed_to_replay_it() {
        String fixed = System.getProperty(Samples.SEED_PROPERTY);

        if (fixed != null) {
            assertThat(Samples.seed()).isEqualTo(Long.parseLong(fixed));
        }
        assertThat(Samples.of(1, random -> 0).stream().toList().get(0).toString())
                .contains("seed " + Samples.seed() + ", sample 1");
    }

    @Test
    void a_failing_sample_names_its_seed_and_how_to_replay_it_in_the_failure_message() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AFalseLaw.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(1).failed(2));
        for (int sample = 1; sample <= 2; sample++) {
            String head = "Failed on [" + (sample + 1) + "] seed 42, sample " + sample + ": ";
            tests.assertThatEvents()
                    .haveExactly(
                            1,
                            event(
                                    test(),
                                    finishedWithFailure(
                                            instanceOf(AssertionFailedError.class),
                                            message(m -> m.startsWith(head)
                                                    && m.contains("Replay with -Dpasserelle.seed=42")
                                                    && m.contains("expected: 0")))));
        }
    }

    @Test
    void a_failing_example_is_named_without_a_seed() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AFalseExample.class))
                .execute()
                .testEvents();

        tests.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test(),
                                finishedWithFailure(message(
                                        m -> m.startsWith("Failed on [1] example: 1") && !m.contains("Replay")))));
    }

    private static List<List<Object>> values(Samples samples) {
        return samples.stream().map(arguments -> List.of(arguments.get())).toList();
    }

    /** A law that the drawn samples break; run by the test kit only (the build runs no nested class). */
    static class AFalseLaw {
        static Stream<Arguments> numbers() {
            return Samples.of(2, random -> random.nextInt(1, 100)).withExamples(0).withSeed(42).stream();
        }

        @PropertyTest
        @MethodSource("numbers")
        void every_number_is_zero(int number) {
            assertThat(number).isEqualTo(0);
        }
    }

    static class AFalseExample {
        static Stream<Arguments> numbers() {
            return Samples.of(0, random -> 0).withExamples(1).stream();
        }

        @PropertyTest
        @MethodSource("numbers")
        void every_number_is_zero(int number) {
            assertThat(number).isZero();
        }
    }
}
