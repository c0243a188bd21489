package be.passerelle.web.admin.reports;

import be.passerelle.client.model.AnnualFiguresBody;
import be.passerelle.client.model.Buckets;
import be.passerelle.client.model.Languages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The annual report's form: every figure of the API's {@code AnnualFiguresBody} as one form field, grouped as
 * the page shows them, with the mapping between the API's field paths and the form's field ids. The form only
 * reads numbers; the consistency rules are the API's (its {@code errors[]} come back next to their fields).
 */
final class ReportForm {
    /** The sector fields' id prefix ({@code sector-energy}); the code follows. */
    static final String SECTOR = "sector-";

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,6}(?:[.,]\\d{1,6})?");
    private static final Pattern SECTOR_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** The counts of the body's top level, in the form's order, with their getter and setter. */
    private static final List<Count> COUNTS = List.of(
            new Count(
                    "complaintsReceived",
                    AnnualFiguresBody::getComplaintsReceived,
                    AnnualFiguresBody::setComplaintsReceived),
            new Count(
                    "informationRequests",
                    AnnualFiguresBody::getInformationRequests,
                    AnnualFiguresBody::setInformationRequests),
            new Count(
                    "outsideCompetence",
                    AnnualFiguresBody::getOutsideCompetence,
                    AnnualFiguresBody::setOutsideCompetence),
            new Count("referredOut", AnnualFiguresBody::getReferredOut, AnnualFiguresBody::setReferredOut),
            new Count("admissible", AnnualFiguresBody::getAdmissible, AnnualFiguresBody::setAdmissible),
            new Count("inadmissible", AnnualFiguresBody::getInadmissible, AnnualFiguresBody::setInadmissible),
            new Count("closed", AnnualFiguresBody::getClosed, AnnualFiguresBody::setClosed),
            new Count("founded", AnnualFiguresBody::getFounded, AnnualFiguresBody::setFounded),
            new Count("partlyFounded", AnnualFiguresBody::getPartlyFounded, AnnualFiguresBody::setPartlyFounded),
            new Count("unfounded", AnnualFiguresBody::getUnfounded, AnnualFiguresBody::setUnfounded),
            new Count("noJudgement", AnnualFiguresBody::getNoJudgement, AnnualFiguresBody::setNoJudgement),
            new Count("resolved", AnnualFiguresBody::getResolved, AnnualFiguresBody::setResolved),
            new Count("partlyResolved", AnnualFiguresBody::getPartlyResolved, AnnualFiguresBody::setPartlyResolved),
            new Count("unresolved", AnnualFiguresBody::getUnresolved, AnnualFiguresBody::setUnresolved));

    /** The handling-time buckets: the API's key and the form's id. */
    static final Map<String, String> BUCKETS = orderedMap(
            "0-20", "days-upTo20", "21-45", "days-from21To45", "46-90", "days-from46To90", ">90", "days-over90");

    static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en", "other");

    /**
     * The page's groups of fields (each a fieldset), by id; sectors are added from the taxonomy.
     */
    static final Map<String, List<String>> GROUPS = orderedMap(
            "intake",
            List.of("complaintsReceived", "informationRequests", "outsideCompetence", "referredOut"),
            "admissibility",
            List.of("admissible", "inadmissible"),
            "judgement",
            List.of("closed", "founded", "partlyFounded", "unfounded", "noJudgement"),
            "resolution",
            List.of("resolved", "partlyResolved", "unresolved"),
            "handling",
            List.of("medianHandlingDays", "days-upTo20", "days-from21To45", "days-from46To90", "days-over90"),
            "languages",
            LANGUAGES.stream().map(l -> "language-" + l).toList());

    private ReportForm() {}

    /** The form's values (field id → text as typed) of the API's figures. */
    static Map<String, String> values(AnnualFiguresBody figures) {
        Map<String, String> values = new LinkedHashMap<>();
        COUNTS.forEach(c -> values.put(c.id(), text(c.get().apply(figures))));
        values.put(
                "medianHandlingDays",
                figures.getMedianHandlingDays() == null
                        ? ""
                        : figures.getMedianHandlingDays().toPlainString());
        Buckets days = figures.getHandlingDaysBuckets();
        if (days != null) {
            values.put(BUCKETS.get("0-20"), text(days.get020()));
            values.put(BUCKETS.get("21-45"), text(days.get2145()));
            values.put(BUCKETS.get("46-90"), text(days.get4690()));
            values.put(BUCKETS.get(">90"), text(days.getGreaterThan90()));
        }
        Languages languages = figures.getByLanguage();
        if (languages != null) {
            values.put("language-fr", text(languages.getFr()));
            values.put("language-nl", text(languages.getNl()));
            values.put("language-de", text(languages.getDe()));
            values.put("language-en", text(languages.getEn()));
            values.put("language-other", text(languages.getOther()));
        }
        if (figures.getBySector() != null) {
            figures.getBySector().forEach((code, n) -> values.put(SECTOR + code, text(n)));
        }
        return values;
    }

    /**
     * What the user typed, read into the API's body; or the fields the page refuses before asking the API
     * (missing or not a number), each with its message key.
     *
     * @param posted the posted form (field id → text)
     * @param sectors the sector codes the form shows
     */
    static Read read(Map<String, String> posted, List<String> sectors) {
        Map<String, String> refused = new LinkedHashMap<>();
        AnnualFiguresBody body = new AnnualFiguresBody();
        for (Count count : COUNTS) {
            Integer n = whole(posted, count.id(), true, refused);
            count.set().accept(body, n);
        }
        String median = posted.getOrDefault("medianHandlingDays", "").strip();
        if (!median.isEmpty()) {
            if (DECIMAL.matcher(median).matches()) {
                body.setMedianHandlingDays(new BigDecimal(median.replace(',', '.')));
            } else {
                refused.put("medianHandlingDays", "reports.error.decimal");
            }
        }
        Buckets days = new Buckets();
        days.set020(whole(posted, BUCKETS.get("0-20"), true, refused));
        days.set2145(whole(posted, BUCKETS.get("21-45"), true, refused));
        days.set4690(whole(posted, BUCKETS.get("46-90"), true, refused));
        days.setGreaterThan90(whole(posted, BUCKETS.get(">90"), true, refused));
        body.setHandlingDaysBuckets(days);
        Languages languages = new Languages();
        languages.setFr(whole(posted, "language-fr", true, refused));
        languages.setNl(whole(posted, "language-nl", true, refused));
        languages.setDe(whole(posted, "language-de", true, refused));
        languages.setEn(whole(posted, "language-en", true, refused));
        languages.setOther(whole(posted, "language-other", true, refused));
        body.setByLanguage(languages);
        Map<String, Integer> bySector = new LinkedHashMap<>();
        for (String code : sectors) {
            if (SECTOR_CODE.matcher(code).matches()) {
                Integer n = whole(posted, SECTOR + code, false, refused);
                if (n != null) {
                    bySector.put(code, n);
                }
            }
        }
        body.setBySector(bySector);
        return new Read(body, refused);
    }

    /**
     * The form's field id for a field path of the API's errors ({@code handlingDaysBuckets.>90} →
     * {@code days-over90}); a rule on a whole group ({@code bySector}) is shown on the group's first field;
     * {@code null} for a path the form has no field for (shown at the top only).
     *
     * @param firstSector the first sector field's code, {@code null} when the form shows none
     */
    static String fieldOf(String apiField, String firstSector) {
        if (apiField == null) {
            return null;
        }
        if (COUNTS.stream().anyMatch(c -> c.id().equals(apiField)) || apiField.equals("medianHandlingDays")) {
            return apiField;
        }
        if (apiField.equals("handlingDaysBuckets")) {
            return BUCKETS.get("0-20");
        }
        if (apiField.startsWith("handlingDaysBuckets.")) {
            return BUCKETS.get(apiField.substring("handlingDaysBuckets.".length()));
        }
        if (apiField.equals("byLanguage")) {
            return "language-fr";
        }
        if (apiField.startsWith("byLanguage.")) {
            String language = apiField.substring("byLanguage.".length());
            return LANGUAGES.contains(language) ? "language-" + language : null;
        }
        if (apiField.equals("bySector")) {
            return firstSector == null ? null : SECTOR + firstSector;
        }
        if (apiField.startsWith("bySector.")) {
            String code = apiField.substring("bySector.".length());
            return SECTOR_CODE.matcher(code).matches() ? SECTOR + code : null;
        }
        return null;
    }

    /**
     * The page's message key for a rule the API reports on a field: a sum rule (its message says what
     * exceeds what), the sector or median rules, the year, or a count out of range.
     */
    static String messageKeyOf(String apiField, String apiMessage) {
        String message = apiMessage == null ? "" : apiMessage;
        return switch (apiField == null ? "" : apiField) {
            case "handlingDaysBuckets", "bySector", "byLanguage" -> "reports.error.sum." + apiField;
            case "admissible", "founded", "resolved" ->
                message.contains("exceed") ? "reports.error.sum." + apiField : "reports.error.count";
            case "medianHandlingDays" -> "reports.error.median";
            case "year" -> "reports.error.year";
            default ->
                apiField.startsWith("bySector.") && message.startsWith("unknown")
                        ? "reports.error.sector"
                        : "reports.error.count";
        };
    }

    private static Integer whole(Map<String, String> posted, String id, boolean required, Map<String, String> refused) {
        String text = posted.getOrDefault(id, "").strip();
        if (text.isEmpty()) {
            if (required) {
                refused.put(id, "reports.error.required");
            }
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            refused.put(id, "reports.error.number");
            return null;
        }
        return Integer.valueOf(text);
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The posted form read.
     *
     * @param body the API's body (complete only when {@code refused} is empty)
     * @param refused the fields the page refuses (id → message key)
     */
    record Read(AnnualFiguresBody body, Map<String, String> refused) {
        boolean complete() {
            return refused.isEmpty();
        }
    }

    private record Count(
            String id, Function<AnnualFiguresBody, Integer> get, BiConsumer<AnnualFiguresBody, Integer> set) {}
}
