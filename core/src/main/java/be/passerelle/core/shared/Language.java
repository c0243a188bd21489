package be.passerelle.core.shared;

import java.util.Locale;
import java.util.Optional;

/** The network's four working languages. */
public enum Language {
    FR,
    NL,
    DE,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
