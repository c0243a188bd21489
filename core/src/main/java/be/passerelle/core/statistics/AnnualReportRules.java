package be.passerelle.core.statistics;

import be.passerelle.core.directory.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The consistency rules of an annual report (SPEC §4.4), each reported on the field it concerns
 * (the request's JSON path):
 *
 * <ul>
 *   <li>the year is from {@value #FIRST_YEAR} and not in the future;
 *   <li>no count is negative or above {@value #MAX_COUNT};
 *   <li>{@code admissible + inadmissible ≤ complaintsReceived};
 *   <li>{@code founded + partlyFounded + unfounded + noJudgement ≤ closed};
 *   <li>{@code resolved + partlyResolved + unresolved ≤ closed};
 *   <li>the handling-time buckets add up to at most {@code closed};
 *   <li>sector codes exist in the directory's sector taxonomy and add up to at most {@code complaintsReceived};
 *   <li>languages add up to at most {@code complaintsReceived};
 *   <li>the median handling time is from 0 to {@value #MAX_MEDIAN_DAYS} days, with at most one decimal.
 * </ul>
 */
public final class AnnualReportRules {
    public static final int FIRST_YEAR = 2000;
    public static final int MAX_COUNT = 10_000_000;
    public static final int MAX_MEDIAN_DAYS = 3660;
    public static final int MAX_SECTORS = 100;

    private AnnualReportRules() {}

    /** Every broken rule of {@code figures} for {@code year}, given the current year and the known sector codes. */
    public static List<FieldProblem> problems(int year, int currentYear, AnnualFigures f, Set<String> sectorCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year > currentYear) {
            problems.add(new FieldProblem("year", "a report cannot be for a year in the future (" + year + ")"));
        } else if (year < FIRST_YEAR) {
            problems.add(new FieldProblem("year", "reports start in " + FIRST_YEAR));
        }
        count(problems, "complaintsReceived", f.complaintsReceived());
        count(problems, "informationRequests", f.informationRequests());
        count(problems, "outsideCompetence", f.outsideCompetence());
        count(problems, "referredOut", f.referredOut());
        count(problems, "admissible", f.admissible());
        count(problems, "inadmissible", f.inadmissible());
        count(problems, "closed", f.closed());
        count(problems, "founded", f.founded());
        count(problems, "partlyFounded", f.partlyFounded());
        count(problems, "unfounded", f.unfounded());
        count(problems, "noJudgement", f.noJudgement());
        count(problems, "resolved", f.resolved());
        count(problems, "partlyResolved", f.partlyResolved());
        count(problems, "unresolved", f.unresolved());
        HandlingTimes days = f.handlingDays();
        count(problems, "handlingDaysBuckets.0-20", days.upTo20());
        count(problems, "handlingDaysBuckets.21-45", days.from21To45());
        count(problems, "handlingDaysBuckets.46-90", days.from46To90());
        count(problems, "handlingDaysBuckets.>90", days.over90());
        LanguageCounts languages = f.byLanguage();
        count(problems, "byLanguage.fr", languages.fr());
        count(problems, "byLanguage.nl", languages.nl());
        count(problems, "byLanguage.de", languages.de());
        count(problems, "byLanguage.en", languages.en());
        count(problems, "byLanguage.other", languages.other());
        if (f.bySector().size() > MAX_SECTORS) {
            problems.add(new FieldProblem("bySector", "at most " + MAX_SECTORS + " sectors"));
        }
        f.bySector().forEach((code, n) -> {
            if (!sectorCodes.contains(code)) {
                problems.add(
                        new FieldProblem("bySector." + code, "unknown sector " + code + " (see the sector taxonomy)"));
            }
            count(problems, "bySector." + code, n);
        });
        f.medianHandlingDays().ifPresent(median -> median(problems, median));

        atMost(
                problems,
                "admissible",
                "admissible + inadmissible",
                (long) f.admissible() + f.inadmissible(),
                "complaintsReceived",
                f.complaintsReceived());
        atMost(
                problems,
                "founded",
                "founded + partlyFounded + unfounded + noJudgement",
                (long) f.founded() + f.partlyFounded() + f.unfounded() + f.noJudgement(),
                "closed",
                f.closed());
        atMost(
                problems,
                "resolved",
                "resolved + partlyResolved + unresolved",
                (long) f.resolved() + f.partlyResolved() + f.unresolved(),
                "closed",
                f.closed());
        atMost(problems, "handlingDaysBuckets", "the handling-time buckets", days.total(), "closed", f.closed());
        atMost(
                problems,
                "bySector",
                "the sector counts",
                f.sectorTotal(),
                "complaintsReceived",
                f.complaintsReceived());
        atMost(
                problems,
                "byLanguage",
                "the language counts",
                languages.total(),
                "complaintsReceived",
                f.complaintsReceived());
        return problems;
    }

    private static void count(List<FieldProblem> problems, String field, int value) {
        if (value < 0) {
            problems.add(new FieldProblem(field, "must not be negative"));
        } else if (value > MAX_COUNT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_COUNT));
        }
    }

    private static void median(List<FieldProblem> problems, BigDecimal median) {
        String field = "medianHandlingDays";
        if (median.signum() < 0) {
            problems.add(new FieldProblem(field, "must not be negative"));
        } else if (median.compareTo(BigDecimal.valueOf(MAX_MEDIAN_DAYS)) > 0) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_MEDIAN_DAYS + " days"));
        } else if (median.stripTrailingZeros().scale() > 1) {
            problems.add(new FieldProblem(field, "at most one decimal"));
        }
    }

    private static void atMost(
            List<FieldProblem> problems, String field, String what, long sum, String boundName, int bound) {
        if (sum > bound) {
            problems.add(new FieldProblem(field, what + " (" + sum + ") exceed " + boundName + " (" + bound + ")"));
        }
    }
}
