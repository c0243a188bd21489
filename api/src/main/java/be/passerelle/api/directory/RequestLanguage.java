package be.passerelle.api.directory;

import be.passerelle.core.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reader's language from {@code Accept-Language}: the first of fr, nl, de, en it prefers; French by default. */
final class RequestLanguage {
    private RequestLanguage() {}

    static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.FR;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-", 2)[0];
                Optional<Language> language = Language.fromCode(primary);
                if (language.isPresent()) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header is ignored, as if absent
        }
        return Language.FR;
    }
}
