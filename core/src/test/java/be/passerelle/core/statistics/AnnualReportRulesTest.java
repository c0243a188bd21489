package be.passerelle.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.directory.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnualReportRulesTest {
    private static final Set<String> SECTORS = Set.of("energy", "telecom");
    private static final int NOW = 2026;

    /** A consistent report: 100 complaints, 60 closed. */
    static AnnualFigures valid() {
        return new AnnualFigures(
                100,
                40,
                10,
                5,
                70,
                30,
                60,
                20,
                10,
                20,
                10,
                30,
                10,
                20,
                Optional.of(new BigDecimal("31.5")),
                new HandlingTimes(20, 20, 10, 10),
                Map.of("energy", 60, "telecom", 40),
                new LanguageCounts(50, 40, 5, 3, 2));
    }

    private static List<String> fields(int year, AnnualFigures figures) {
        return AnnualReportRules.problems(year, NOW, figures, SECTORS).stream()
                .map(FieldProblem::field)
                .toList();
    }

    private static AnnualFigures with(
            int complaints, int admissible, int inadmissible, int closed, int founded, int resolved) {
        AnnualFigures v = valid();
        return new AnnualFigures(
                complaints,
                v.informationRequests(),
                v.outsideCompetence(),
                v.referredOut(),
                admissible,
                inadmissible,
                closed,
                founded,
                0,
                0,
                0,
                resolved,
                0,
                0,
                v.medianHandlingDays(),
                HandlingTimes.NONE,
                Map.of(),
                LanguageCounts.NONE);
    }

    @Test
    void a_consistent_report_has_no_problem() {
        assertThat(fields(2025, valid())).isEmpty();
        assertThat(fields(NOW, AnnualFigures.ZERO)).isEmpty();
    }

    @Test
    void a_year_in_the_future_or_before_2000_is_refused() {
        assertThat(fields(NOW + 1, valid())).containsExactly("year");
        assertThat(fields(1999, valid())).containsExactly("year");
    }

    @Test
    void admissible_and_inadmissible_do_not_exceed_the_complaints() {
        assertThat(fields(2025, with(100, 70, 30, 0, 0, 0))).isEmpty();
        assertThat(fields(2025, with(100, 70, 31, 0, 0, 0))).containsExactly("admissible");
    }

    @Test
    void judgements_do_not_exceed_the_closed_files() {
        assertThat(fields(2025, with(100, 0, 0, 10, 10, 0))).isEmpty();
        assertThat(fields(2025, with(100, 0, 0, 10, 11, 0))).containsExactly("founded");
        AnnualFigures v = valid();
        AnnualFigures noJudgementTooMany = new AnnualFigures(
                100,
                0,
                0,
                0,
                0,
                0,
                10,
                3,
                3,
                3,
                2,
                0,
                0,
                0,
                Optional.empty(),
                HandlingTimes.NONE,
                Map.of(),
                v.byLanguage());
        assertThat(fields(2025, noJudgementTooMany)).containsExactly("founded");
    }

    @Test
    void resolutions_do_not_exceed_the_closed_files() {
        assertThat(fields(2025, with(100, 0, 0, 10, 0, 10))).isEmpty();
        assertThat(fields(2025, with(100, 0, 0, 10, 0, 11))).containsExactly("resolved");
    }

    @Test
    void handling_time_buckets_do_not_exceed_the_closed_files() {
        AnnualFigures v = valid();
        AnnualFigures tooMany = new AnnualFigures(
                100,
                0,
                0,
                0,
                0,
                0,
                60,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                new HandlingTimes(20, 20, 10, 11),
                Map.of(),
                v.byLanguage());
        assertThat(fields(2025, tooMany)).containsExactly("handlingDaysBuckets");
    }

    @Test
    void sectors_exist_and_do_not_exceed_the_complaints() {
        AnnualFigures v = valid();
        AnnualFigures unknown = new AnnualFigures(
                100,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                HandlingTimes.NONE,
                Map.of("energy", 10, "astrology", 5),
                v.byLanguage());
        assertThat(fields(2025, unknown)).containsExactly("bySector.astrology");
        AnnualFigures tooMany = new AnnualFigures(
                100,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                HandlingTimes.NONE,
                Map.of("energy", 60, "telecom", 41),
                v.byLanguage());
        assertThat(fields(2025, tooMany)).containsExactly("bySector");
    }

    @Test
    void languages_do_not_exceed_the_complaints() {
        AnnualFigures tooMany = new AnnualFigures(
                100,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                HandlingTimes.NONE,
                Map.of(),
                new LanguageCounts(50, 40, 5, 3, 3));
        assertThat(fields(2025, tooMany)).containsExactly("byLanguage");
    }

    @Test
    void every_count_is_checked_for_negative_values_on_its_own_field() {
        AnnualFigures negative = new AnnualFigures(
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                -1,
                Optional.empty(),
                new HandlingTimes(-1, -1, -1, -1),
                Map.of("energy", -1),
                new LanguageCounts(-1, -1, -1, -1, -1));
        List<FieldProblem> problems = AnnualReportRules.problems(2025, NOW, negative, SECTORS);
        assertThat(problems.stream()
                        .filter(p -> p.message().equals("must not be negative"))
                        .map(FieldProblem::field))
                .containsExactlyInAnyOrder(
                        "complaintsReceived",
                        "informationRequests",
                        "outsideCompetence",
                        "referredOut",
                        "admissible",
                        "inadmissible",
                        "closed",
                        "founded",
                        "partlyFounded",
                        "unfounded",
                        "noJudgement",
                        "resolved",
                        "partlyResolved",
                        "unresolved",
                        "handlingDaysBuckets.0-20",
                        "handlingDaysBuckets.21-45",
                        "handlingDaysBuckets.46-90",
                        "handlingDaysBuckets.>90",
                        "bySector.energy",
                        "byLanguage.fr",
                        "byLanguage.nl",
                        "byLanguage.de",
                        "byLanguage.en",
                        "byLanguage.other");
    }

    @Test
    void counts_are_bounded_so_that_network_totals_cannot_overflow() {
        AnnualFigures huge = new AnnualFigures(
                AnnualReportRules.MAX_COUNT + 1,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                HandlingTimes.NONE,
                Map.of(),
                LanguageCounts.NONE);
        assertThat(fields(2025, huge)).containsExactly("complaintsReceived");
    }

    @Test
    void the_median_is_a_non_negative_number_of_days_with_one_decimal_at_most() {
        assertThat(fields(2025, median("-1"))).containsExactly("medianHandlingDays");
        assertThat(fields(2025, median("3661"))).containsExactly("medianHandlingDays");
        assertThat(fields(2025, median("12.25"))).containsExactly("medianHandlingDays");
        assertThat(fields(2025, median("12.50"))).isEmpty();
        assertThat(fields(2025, median("0"))).isEmpty();
    }

    @Test
    void network_totals_add_every_figure_and_drop_the_median() {
        AnnualFigures twice = valid().plus(valid());

        assertThat(twice.complaintsReceived()).isEqualTo(200);
        assertThat(twice.unresolved()).isEqualTo(40);
        assertThat(twice.handlingDays()).isEqualTo(new HandlingTimes(40, 40, 20, 20));
        assertThat(twice.bySector()).isEqualTo(Map.of("energy", 120, "telecom", 80));
        assertThat(twice.byLanguage()).isEqualTo(new LanguageCounts(100, 80, 10, 6, 4));
        assertThat(twice.medianHandlingDays()).isEmpty();
        assertThat(AnnualFigures.ZERO.plus(valid()).admissible()).isEqualTo(70);
    }

    private static AnnualFigures median(String days) {
        AnnualFigures v = valid();
        return new AnnualFigures(
                v.complaintsReceived(),
                v.informationRequests(),
                v.outsideCompetence(),
                v.referredOut(),
                v.admissible(),
                v.inadmissible(),
                v.closed(),
                v.founded(),
                v.partlyFounded(),
                v.unfounded(),
                v.noJudgement(),
                v.resolved(),
                v.partlyResolved(),
                v.unresolved(),
                Optional.of(new BigDecimal(days)),
                v.handlingDays(),
                v.bySector(),
                v.byLanguage());
    }
}
