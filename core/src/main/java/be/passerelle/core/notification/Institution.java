package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A party of a referral as its mails name it: its names per language and its languages, first first. */
public record Institution(TenantId id, TenantSlug slug, Map<String, String> names, List<String> languages) {
    public Institution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        names = Map.copyOf(names);
        languages = List.copyOf(languages);
    }

    /** Its name in {@code language}, else in its own first language, else any, else its slug. */
    public String nameIn(String language) {
        String name = names.get(language);
        if (name != null && !name.isBlank()) {
            return name;
        }
        for (String own : languages) {
            if (names.get(own) != null) {
                return names.get(own);
            }
        }
        return names.values().stream().findFirst().orElse(slug.value());
    }

    /** The language its mails are written in when the recipient chose none. */
    public String firstLanguage() {
        return languages.stream()
                .filter(MailTexts.LANGUAGES::contains)
                .findFirst()
                .orElse("fr");
    }
}
