package be.passerelle.api.statistics;

import be.passerelle.core.statistics.AnnualFigures;
import be.passerelle.core.statistics.HandlingTimes;
import be.passerelle.core.statistics.LanguageCounts;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of an annual report (SPEC §4.4) as the institution itself reports them: the body of
 * {@code PUT /statistics/reports/{year}} and the figures of every read. Counts are whole numbers ≥ 0;
 * admissible + inadmissible ≤ complaintsReceived; founded + partlyFounded + unfounded + noJudgement ≤
 * closed; resolved + partlyResolved + unresolved ≤ closed; the handling-time buckets add up to at most
 * closed; sector and language counts each add up to at most complaintsReceived.
 *
 * @param complaintsReceived complaints received in the year
 * @param informationRequests requests for information (not complaints)
 * @param outsideCompetence complaints outside the institution's competence
 * @param referredOut complaints referred to another institution
 * @param admissible complaints found admissible
 * @param inadmissible complaints found inadmissible
 * @param closed files closed in the year
 * @param founded closed files found founded
 * @param partlyFounded closed files found partly founded
 * @param unfounded closed files found unfounded
 * @param noJudgement closed files without a judgement on the merits
 * @param resolved closed files resolved
 * @param partlyResolved closed files partly resolved
 * @param unresolved closed files not resolved
 * @param medianHandlingDays median handling time of closed files, calendar days, at most one decimal;
 *     may be null (and always null in network totals: medians do not add up)
 * @param handlingDaysBuckets closed files by handling time in calendar days
 * @param bySector complaints by sector code of the directory's sector taxonomy
 * @param byLanguage complaints by the citizen's language
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record AnnualFiguresBody(
        @NotNull Integer complaintsReceived,
        @NotNull Integer informationRequests,
        @NotNull Integer outsideCompetence,
        @NotNull Integer referredOut,
        @NotNull Integer admissible,
        @NotNull Integer inadmissible,
        @NotNull Integer closed,
        @NotNull Integer founded,
        @NotNull Integer partlyFounded,
        @NotNull Integer unfounded,
        @NotNull Integer noJudgement,
        @NotNull Integer resolved,
        @NotNull Integer partlyResolved,
        @NotNull Integer unresolved,
        @Schema(nullable = true) BigDecimal medianHandlingDays,
        @NotNull @Valid Buckets handlingDaysBuckets,
        @NotNull @Size(max = 100) Map<@NotBlank @Size(max = 63) String, @NotNull Integer> bySector,
        @NotNull @Valid Languages byLanguage) {

    /**
     * @param upTo20 handled in 0 to 20 days
     * @param from21To45 handled in 21 to 45 days
     * @param from46To90 handled in 46 to 90 days
     * @param over90 handled in more than 90 days
     */
    record Buckets(
            @JsonProperty("0-20") @NotNull Integer upTo20,
            @JsonProperty("21-45") @NotNull Integer from21To45,
            @JsonProperty("46-90") @NotNull Integer from46To90,
            @JsonProperty(">90") @NotNull Integer over90) {}

    /**
     * @param fr French
     * @param nl Dutch
     * @param de German
     * @param en English
     * @param other another language
     */
    record Languages(
            @NotNull Integer fr,
            @NotNull Integer nl,
            @NotNull Integer de,
            @NotNull Integer en,
            @NotNull Integer other) {}

    AnnualFigures toFigures() {
        return new AnnualFigures(
                complaintsReceived,
                informationRequests,
                outsideCompetence,
                referredOut,
                admissible,
                inadmissible,
                closed,
                founded,
                partlyFounded,
                unfounded,
                noJudgement,
                resolved,
                partlyResolved,
                unresolved,
                Optional.ofNullable(medianHandlingDays),
                new HandlingTimes(
                        handlingDaysBuckets.upTo20(),
                        handlingDaysBuckets.from21To45(),
                        handlingDaysBuckets.from46To90(),
                        handlingDaysBuckets.over90()),
                bySector,
                new LanguageCounts(
                        byLanguage.fr(), byLanguage.nl(), byLanguage.de(), byLanguage.en(), byLanguage.other()));
    }

    static AnnualFiguresBody of(AnnualFigures f) {
        HandlingTimes days = f.handlingDays();
        LanguageCounts l = f.byLanguage();
        return new AnnualFiguresBody(
                f.complaintsReceived(),
                f.informationRequests(),
                f.outsideCompetence(),
                f.referredOut(),
                f.admissible(),
                f.inadmissible(),
                f.closed(),
                f.founded(),
                f.partlyFounded(),
                f.unfounded(),
                f.noJudgement(),
                f.resolved(),
                f.partlyResolved(),
                f.unresolved(),
                f.medianHandlingDays().orElse(null),
                new Buckets(days.upTo20(), days.from21To45(), days.from46To90(), days.over90()),
                f.bySector(),
                new Languages(l.fr(), l.nl(), l.de(), l.en(), l.other()));
    }
}
