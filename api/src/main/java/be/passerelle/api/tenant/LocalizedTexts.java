package be.passerelle.api.tenant;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import java.util.EnumMap;
import java.util.Map;

/** Texts by language code in requests ({@code {"fr": "…", "nl": "…"}}) to the core's type. */
public final class LocalizedTexts {
    private LocalizedTexts() {}

    /** Changes of a merge patch by language: a {@code null} text removes that language. */
    public static Map<Language, String> changes(Map<String, String> byCode) {
        Map<Language, String> changes = new EnumMap<>(Language.class);
        if (byCode != null) {
            byCode.forEach((code, text) -> changes.put(language(code), text));
        }
        return changes;
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new InvalidInput("unknown language " + code));
    }

    public static LocalizedText of(Map<String, String> byCode) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        byCode.forEach((code, text) -> texts.put(language(code), text));
        return new LocalizedText(texts);
    }
}
