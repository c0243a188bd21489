package be.passerelle.core.statistics;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of an institution's annual report (SPEC §4.4), as the institution itself reports them.
 * Only their shape is checked here; whether they add up is {@link AnnualReportRules}'s job, so that
 * every broken rule is reported at once, field by field.
 *
 * @param medianHandlingDays the median handling time of closed files in calendar days; empty when not
 *     reported (and always empty in network totals: medians do not add up)
 * @param bySector complaints by sector code of the directory's taxonomy
 */
public record AnnualFigures(
        int complaintsReceived,
        int informationRequests,
        int outsideCompetence,
        int referredOut,
        int admissible,
        int inadmissible,
        int closed,
        int founded,
        int partlyFounded,
        int unfounded,
        int noJudgement,
        int resolved,
        int partlyResolved,
        int unresolved,
        Optional<BigDecimal> medianHandlingDays,
        HandlingTimes handlingDays,
        Map<String, Integer> bySector,
        LanguageCounts byLanguage) {
    public static final AnnualFigures ZERO = new AnnualFigures(
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
            0,
            Optional.empty(),
            HandlingTimes.NONE,
            Map.of(),
            LanguageCounts.NONE);

    public AnnualFigures {
        Objects.requireNonNull(medianHandlingDays, "medianHandlingDays");
        Objects.requireNonNull(handlingDays, "handlingDays");
        bySector = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(bySector));
        Objects.requireNonNull(byLanguage, "byLanguage");
    }

    /** The sum of two reports' figures (network totals), without a median. */
    public AnnualFigures plus(AnnualFigures o) {
        Map<String, Integer> sectors = new TreeMap<>(bySector);
        o.bySector.forEach((code, count) -> sectors.merge(code, count, Integer::sum));
        return new AnnualFigures(
                complaintsReceived + o.complaintsReceived,
                informationRequests + o.informationRequests,
                outsideCompetence + o.outsideCompetence,
                referredOut + o.referredOut,
                admissible + o.admissible,
                inadmissible + o.inadmissible,
                closed + o.closed,
                founded + o.founded,
                partlyFounded + o.partlyFounded,
                unfounded + o.unfounded,
                noJudgement + o.noJudgement,
                resolved + o.resolved,
                partlyResolved + o.partlyResolved,
                unresolved + o.unresolved,
                Optional.empty(),
                handlingDays.plus(o.handlingDays),
                sectors,
                byLanguage.plus(o.byLanguage));
    }

    public long sectorTotal() {
        return bySector.values().stream().mapToLong(Integer::longValue).sum();
    }
}
