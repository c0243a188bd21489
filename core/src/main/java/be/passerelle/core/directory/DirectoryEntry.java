package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Objects;

/** What the competence finder needs of an institution's directory entry. */
public record DirectoryEntry(
        TenantSlug slug,
        TenantKind kind,
        LocalizedText names,
        List<Language> languages,
        List<Competence> competences,
        Admissibility admissibility) {
    public DirectoryEntry {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        languages = Codes.distinct(languages, "languages");
        if (languages.isEmpty()) {
            throw new InvalidInput("an institution serves at least one language");
        }
        competences = Codes.distinct(competences, "competences");
        Objects.requireNonNull(admissibility, "admissibility");
    }

    public boolean serves(Language language) {
        return languages.contains(language);
    }
}
