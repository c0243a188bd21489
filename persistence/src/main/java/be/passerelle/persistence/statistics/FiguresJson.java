package be.passerelle.persistence.statistics;

import be.passerelle.core.statistics.AnnualFigures;
import be.passerelle.core.statistics.HandlingTimes;
import be.passerelle.core.statistics.LanguageCounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.JSONB;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code figures} column: the report's figures under the names of SPEC §4.4, written field by
 * field so that the stored format does not follow renames in the code.
 */
final class FiguresJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FiguresJson() {}

    static JSONB write(AnnualFigures f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("complaintsReceived", f.complaintsReceived());
        o.put("informationRequests", f.informationRequests());
        o.put("outsideCompetence", f.outsideCompetence());
        o.put("referredOut", f.referredOut());
        o.put("admissible", f.admissible());
        o.put("inadmissible", f.inadmissible());
        o.put("closed", f.closed());
        o.put("founded", f.founded());
        o.put("partlyFounded", f.partlyFounded());
        o.put("unfounded", f.unfounded());
        o.put("noJudgement", f.noJudgement());
        o.put("resolved", f.resolved());
        o.put("partlyResolved", f.partlyResolved());
        o.put("unresolved", f.unresolved());
        f.medianHandlingDays().ifPresent(median -> o.put("medianHandlingDays", median));
        ObjectNode days = o.putObject("handlingDaysBuckets");
        days.put("0-20", f.handlingDays().upTo20());
        days.put("21-45", f.handlingDays().from21To45());
        days.put("46-90", f.handlingDays().from46To90());
        days.put(">90", f.handlingDays().over90());
        ObjectNode sectors = o.putObject("bySector");
        f.bySector().forEach(sectors::put);
        ObjectNode languages = o.putObject("byLanguage");
        languages.put("fr", f.byLanguage().fr());
        languages.put("nl", f.byLanguage().nl());
        languages.put("de", f.byLanguage().de());
        languages.put("en", f.byLanguage().en());
        languages.put("other", f.byLanguage().other());
        return JSONB.valueOf(MAPPER.writeValueAsString(o));
    }

    static AnnualFigures read(JSONB json) {
        JsonNode o = MAPPER.readTree(json.data());
        JsonNode days = o.path("handlingDaysBuckets");
        JsonNode languages = o.path("byLanguage");
        Map<String, Integer> sectors = new LinkedHashMap<>();
        o.path("bySector")
                .properties()
                .forEach(e -> sectors.put(e.getKey(), e.getValue().asInt()));
        JsonNode median = o.path("medianHandlingDays");
        return new AnnualFigures(
                o.path("complaintsReceived").asInt(),
                o.path("informationRequests").asInt(),
                o.path("outsideCompetence").asInt(),
                o.path("referredOut").asInt(),
                o.path("admissible").asInt(),
                o.path("inadmissible").asInt(),
                o.path("closed").asInt(),
                o.path("founded").asInt(),
                o.path("partlyFounded").asInt(),
                o.path("unfounded").asInt(),
                o.path("noJudgement").asInt(),
                o.path("resolved").asInt(),
                o.path("partlyResolved").asInt(),
                o.path("unresolved").asInt(),
                median.isNumber() ? Optional.of(new BigDecimal(median.asString())) : Optional.<BigDecimal>empty(),
                new HandlingTimes(
                        days.path("0-20").asInt(),
                        days.path("21-45").asInt(),
                        days.path("46-90").asInt(),
                        days.path(">90").asInt()),
                sectors,
                new LanguageCounts(
                        languages.path("fr").asInt(),
                        languages.path("nl").asInt(),
                        languages.path("de").asInt(),
                        languages.path("en").asInt(),
                        languages.path("other").asInt()));
    }
}
