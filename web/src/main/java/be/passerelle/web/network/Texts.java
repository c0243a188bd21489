package be.passerelle.web.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text in the API's four languages as a form posts it: a tenant's names, a sector's or an area's labels
 * ({@code null} or blank for a language left empty).
 */
record Texts(String fr, String nl, String de, String en) {
    static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");

    static Texts empty() {
        return new Texts("", "", "", "");
    }

    /** The texts of an API map by language code. */
    static Texts of(Map<String, String> byCode) {
        Map<String, String> texts = byCode == null ? Map.of() : byCode;
        return new Texts(
                texts.getOrDefault("fr", ""),
                texts.getOrDefault("nl", ""),
                texts.getOrDefault("de", ""),
                texts.getOrDefault("en", ""));
    }

    /** The text in this language as posted ({@code ""} when empty). */
    public String in(String language) {
        String text = switch (language) {
            case "fr" -> fr;
            case "nl" -> nl;
            case "de" -> de;
            case "en" -> en;
            default -> throw new IllegalArgumentException("unknown language " + language);
        };
        return text == null ? "" : text;
    }

    /** The languages given, each text stripped, in the order fr, nl, de, en: what the API takes. */
    Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String text = in(language).strip();
            if (!text.isEmpty()) {
                given.put(language, text);
            }
        }
        return given;
    }

    /** Whether a French or a Dutch text is given (the API requires one of them). */
    boolean hasFrenchOrDutch() {
        Map<String, String> given = given();
        return given.containsKey("fr") || given.containsKey("nl");
    }

    /**
     * The merge patch (RFC 7396) that turns the stored texts into these: a new or changed text is sent, a
     * text emptied in the form is sent as {@code null} (removed), an unchanged one is not sent.
     */
    Map<String, String> changesFrom(Map<String, String> stored) {
        Map<String, String> before = stored == null ? Map.of() : stored;
        Map<String, String> after = given();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String now = after.get(language);
            String was = before.get(language);
            if (now != null && !now.equals(was)) {
                changes.put(language, now);
            } else if (now == null && was != null) {
                changes.put(language, null);
            }
        }
        return changes;
    }

    /** The form's field for a field path of the API ({@code names[fr]}, {@code labels.nl}, {@code names}). */
    static String formField(String apiField, String group) {
        for (String language : LANGUAGES) {
            if (apiField.equals(group + "[" + language + "]")
                    || apiField.equals(group + "." + language)
                    || apiField.equals(group + "['" + language + "']")) {
                return language;
            }
        }
        return apiField.startsWith(group) ? "names" : apiField;
    }

    /** The text in the reader's language, else French, Dutch, English, German; with the language it is in. */
    static Shown pick(Map<String, String> byCode, String reader) {
        Map<String, String> texts = byCode == null ? Map.of() : byCode;
        for (String language : List.of(reader, "fr", "nl", "en", "de")) {
            String text = texts.get(language);
            if (text != null && !text.isBlank()) {
                return new Shown(language, text);
            }
        }
        return new Shown(reader, "");
    }

    /** A text shown on a page, with its language (the page's {@code lang} attribute when it differs). */
    record Shown(String language, String text) {}
}
