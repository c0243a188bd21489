package be.passerelle.api.directory;

import be.passerelle.core.directory.Admissibility;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.Competence;
import be.passerelle.core.directory.ContactChannels;
import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.directory.OpeningPeriod;
import be.passerelle.core.directory.ReferralIntake;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** Turns a validated request into the core's profile, naming every field the core refuses. */
final class ProfileMapper {
    private final List<FieldProblem> problems = new ArrayList<>();

    private ProfileMapper() {}

    static InstitutionProfile toProfile(DirectoryEntryRequest request) {
        return new ProfileMapper().map(request);
    }

    private InstitutionProfile map(DirectoryEntryRequest request) {
        LocalizedText names = texts(request.names(), "names");
        Optional<LocalizedText> descriptions =
                request.descriptions() == null || request.descriptions().isEmpty()
                        ? Optional.empty()
                        : Optional.ofNullable(texts(request.descriptions(), "descriptions"));
        List<Language> languages = new ArrayList<>();
        for (String code : request.languages()) {
            Language language = Language.fromCode(code).orElseThrow();
            if (languages.contains(language)) {
                problems.add(new FieldProblem("languages", "lists " + code + " twice"));
            }
            languages.add(language);
        }
        List<Competence> competences = new ArrayList<>();
        for (int i = 0; i < request.competences().size(); i++) {
            DirectoryEntryRequest.CompetenceRequest body = request.competences().get(i);
            Competence competence = attempt(
                    "competences[" + i + "]",
                    () -> new Competence(
                            Optional.ofNullable(body.sector()),
                            Optional.ofNullable(body.adminLevel()),
                            areas(body.territory()),
                            orEmpty(body.bodies()),
                            areas(body.excludesAreas()),
                            orEmpty(body.excludesBodies())));
            if (competence != null) {
                if (competences.contains(competence)) {
                    problems.add(new FieldProblem("competences[" + i + "]", "repeats an earlier competence"));
                } else {
                    competences.add(competence);
                }
            }
        }
        DirectoryEntryRequest.AdmissibilityRequest rules = request.admissibility();
        Admissibility admissibility = new Admissibility(
                rules.priorContactRequired(),
                rules.maxComplaintAgeMonths() == null
                        ? OptionalInt.empty()
                        : OptionalInt.of(rules.maxComplaintAgeMonths()),
                rules.anonymousAccepted(),
                rules.verified() == null || rules.verified());
        ReferralIntake intake = new ReferralIntake(
                request.referralIntake().acceptsReferrals(),
                request.referralIntake().acknowledgementWorkingDays());
        List<OpeningPeriod> hours = new ArrayList<>();
        List<DirectoryEntryRequest.Opening> openings = orEmpty(request.openingHours());
        for (int i = 0; i < openings.size(); i++) {
            DirectoryEntryRequest.Opening opening = openings.get(i);
            OpeningPeriod period = attempt(
                    "openingHours[" + i + "]",
                    () -> new OpeningPeriod(opening.day(), opening.opens(), opening.closes()));
            if (period != null) {
                if (hours.stream()
                        .anyMatch(p -> p.day() == period.day()
                                && p.opens().isBefore(period.closes())
                                && period.opens().isBefore(p.closes()))) {
                    problems.add(new FieldProblem("openingHours[" + i + "]", "overlaps another period of that day"));
                }
                hours.add(period);
            }
        }
        ContactChannels contact = contact(request.contact());
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return new InstitutionProfile(
                names, descriptions, contact, languages, competences, admissibility, intake, hours);
    }

    private ContactChannels contact(DirectoryEntryRequest.Contact contact) {
        if (contact == null) {
            return ContactChannels.none();
        }
        List<ContactChannels.SocialAccount> social = new ArrayList<>();
        for (DirectoryEntryRequest.Social account : orEmpty(contact.socialMedia())) {
            ContactChannels.SocialAccount value = new ContactChannels.SocialAccount(account.network(), account.url());
            if (social.contains(value)) {
                problems.add(new FieldProblem("contact.socialMedia", "lists an account twice"));
            } else {
                social.add(value);
            }
        }
        return new ContactChannels(
                Optional.ofNullable(contact.website()),
                Optional.ofNullable(contact.email()),
                Optional.ofNullable(contact.phone()),
                Optional.ofNullable(contact.postalAddress())
                        .map(a -> new ContactChannels.PostalAddress(
                                a.street(), a.postalCode(), a.locality(), a.country())),
                social);
    }

    private LocalizedText texts(Map<String, String> byCode, String field) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (Map.Entry<String, String> entry : byCode.entrySet()) {
            Optional<Language> language =
                    Language.fromCode(entry.getKey()).filter(l -> l.code().equals(entry.getKey()));
            if (language.isEmpty()) {
                problems.add(new FieldProblem(field + "." + entry.getKey(), "not one of fr, nl, de, en"));
            } else {
                values.put(language.get(), entry.getValue());
            }
        }
        return attempt(field, () -> new LocalizedText(values));
    }

    private static List<AreaCode> areas(List<String> codes) {
        return orEmpty(codes).stream().map(AreaCode::of).toList();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private <T> T attempt(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInput e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }
}
