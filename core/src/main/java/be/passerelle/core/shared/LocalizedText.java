package be.passerelle.core.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text in some of the network's languages. French or Dutch is required (SPEC §4.1); a reader
 * asking for a missing language gets the fallback: requested, then English, then the first of the
 * owner's languages that has a text.
 */
public record LocalizedText(Map<Language, String> values) {
    public LocalizedText {
        Objects.requireNonNull(values, "values");
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        values.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        if (!copy.containsKey(Language.FR) && !copy.containsKey(Language.NL)) {
            throw new InvalidInput("a French or Dutch text is required");
        }
        values = Collections.unmodifiableMap(copy);
    }

    public String in(Language requested, List<Language> ownerLanguages) {
        if (values.containsKey(requested)) {
            return values.get(requested);
        }
        if (values.containsKey(Language.EN)) {
            return values.get(Language.EN);
        }
        for (Language language : ownerLanguages) {
            if (values.containsKey(language)) {
                return values.get(language);
            }
        }
        return values.containsKey(Language.FR) ? values.get(Language.FR) : values.get(Language.NL);
    }
}
