package be.passerelle.api.tenant;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import java.util.EnumMap;
import java.util.Map;

/** Texts by language code in requests ({@code {"fr": "…", "nl": "…"}}) to the core's type. */
public final class LocalizedTexts {
    private LocalizedTexts() {}

    public static LocalizedText of(Map<String, String> byCode) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        byCode.forEach((code, text) -> texts.put(
                Language.fromCode(code).orElseThrow(() -> new InvalidInput("unknown language " + code)), text));
        return new LocalizedText(texts);
    }
}
