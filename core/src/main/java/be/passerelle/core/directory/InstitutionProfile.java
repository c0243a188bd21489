package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an institution's admin edits in its directory entry (SPEC §4.2): names and descriptions per
 * language, contact channels, languages served, competences, admissibility rules, referral intake
 * and opening hours. That the competences' codes are known is checked against the taxonomies by
 * {@link NetworkDirectory#problemsOf}.
 */
public record InstitutionProfile(
        LocalizedText names,
        Optional<LocalizedText> descriptions,
        ContactChannels contact,
        List<Language> languages,
        List<Competence> competences,
        Admissibility admissibility,
        ReferralIntake intake,
        List<OpeningPeriod> openingHours) {
    public InstitutionProfile {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(descriptions, "descriptions");
        Objects.requireNonNull(contact, "contact");
        languages = Codes.distinct(languages, "languages");
        if (languages.isEmpty()) {
            throw new InvalidInput("an institution serves at least one language");
        }
        competences = Codes.distinct(competences, "competences");
        Objects.requireNonNull(admissibility, "admissibility");
        Objects.requireNonNull(intake, "intake");
        openingHours = Codes.distinct(openingHours, "opening hours");
    }

    /** The same profile with another referral intake. */
    public InstitutionProfile withIntake(ReferralIntake other) {
        return new InstitutionProfile(
                names, descriptions, contact, languages, competences, admissibility, other, openingHours);
    }
}
