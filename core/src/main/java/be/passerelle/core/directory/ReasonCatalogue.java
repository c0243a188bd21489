package be.passerelle.core.directory;

import static be.passerelle.core.shared.Language.DE;
import static be.passerelle.core.shared.Language.EN;
import static be.passerelle.core.shared.Language.FR;
import static be.passerelle.core.shared.Language.NL;

import be.passerelle.core.shared.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The texts of the reasons in French, Dutch, German and English. A text names its parameters in
 * braces ({@code {sector}}); when rendering, each value is turned into a label in the reader's
 * language (levels and languages here, areas, sectors, bodies and institutions by a {@link
 * Labeller}) and several values are joined with commas.
 */
public final class ReasonCatalogue {

    /** What a parameter's values are, so that they can be labelled. */
    public enum ParameterKind {
        AREA,
        SECTOR,
        BODY,
        INSTITUTION,
        LEVEL,
        LANGUAGE,
        /** Shown as is: postal codes, numbers. */
        LITERAL
    }

    /** Turns a code of the directory (area, sector, body, institution) into its label. */
    @FunctionalInterface
    public interface Labeller {
        String label(ParameterKind kind, String code, Language language);

        /** Shows codes as they are. */
        static Labeller codes() {
            return (kind, code, language) -> code;
        }
    }

    private static final Map<ReasonCode, Map<Language, String>> TEXTS = new EnumMap<>(ReasonCode.class);
    private static final Map<AdminLevel, Map<Language, String>> LEVELS = new EnumMap<>(AdminLevel.class);
    private static final Map<Language, Map<Language, String>> LANGUAGES = new EnumMap<>(Language.class);

    static {
        text(
                ReasonCode.SECTOR_MATCHED,
                "Compétent pour le secteur « {sector} ».",
                "Bevoegd voor de sector '{sector}'.",
                "Zuständig für den Bereich „{sector}“.",
                "Competent for the sector \"{sector}\".");
        text(
                ReasonCode.SECTOR_SPECIALIST,
                "Spécialisé dans le secteur « {sector} », quel que soit le type d'organisme.",
                "Gespecialiseerd in de sector '{sector}', ongeacht het soort organisatie.",
                "Auf den Bereich „{sector}“ spezialisiert, unabhängig von der Art der Einrichtung.",
                "Specialised in the sector \"{sector}\", whatever the kind of organisation.");
        text(
                ReasonCode.COMPETENT_FOR_LEVEL,
                "Compétent pour les {level}.",
                "Bevoegd voor {level}.",
                "Zuständig für {level}.",
                "Competent for {level}.");
        text(
                ReasonCode.BODY_NAMED,
                "Traite les plaintes concernant {body}.",
                "Behandelt klachten over {body}.",
                "Bearbeitet Beschwerden über {body}.",
                "Handles complaints about {body}.");
        text(
                ReasonCode.ONLY_FOR_BODIES,
                "Uniquement pour les plaintes concernant {bodies}.",
                "Enkel voor klachten over {bodies}.",
                "Nur für Beschwerden über {bodies}.",
                "Only for complaints about {bodies}.");
        text(
                ReasonCode.EXCEPT_BODIES,
                "Sauf les plaintes concernant {bodies}, qui ont leur propre service de médiation.",
                "Behalve klachten over {bodies}, die een eigen ombudsdienst hebben.",
                "Außer Beschwerden über {bodies}, die einen eigenen Ombudsdienst haben.",
                "Except complaints about {bodies}, which have their own ombudsman.");
        text(
                ReasonCode.TERRITORY_COVERS_POSTAL_CODE,
                "Son territoire ({territory}) couvre le code postal {postalCode}.",
                "Het werkgebied ({territory}) omvat postcode {postalCode}.",
                "Das Zuständigkeitsgebiet ({territory}) umfasst die Postleitzahl {postalCode}.",
                "Its territory ({territory}) covers postal code {postalCode}.");
        text(
                ReasonCode.TERRITORY_COVERS_MUNICIPALITIES,
                "Le code postal {postalCode} est partagé : compétent pour {municipalities} ({territory}).",
                "Postcode {postalCode} wordt gedeeld: bevoegd voor {municipalities} ({territory}).",
                "Die Postleitzahl {postalCode} wird geteilt: zuständig für {municipalities} ({territory}).",
                "Postal code {postalCode} is shared: competent for {municipalities} ({territory}).");
        text(
                ReasonCode.TERRITORY_COVERS_AREA,
                "Son territoire ({territory}) couvre {area}.",
                "Het werkgebied ({territory}) omvat {area}.",
                "Das Zuständigkeitsgebiet ({territory}) umfasst {area}.",
                "Its territory ({territory}) covers {area}.");
        text(
                ReasonCode.TERRITORY_PARTLY_COVERS_AREA,
                "Son territoire ({territory}) couvre une partie de {area}.",
                "Het werkgebied ({territory}) omvat een deel van {area}.",
                "Das Zuständigkeitsgebiet ({territory}) umfasst einen Teil von {area}.",
                "Its territory ({territory}) covers part of {area}.");
        text(
                ReasonCode.EXCEPT_AREAS,
                "Sauf {areas}, qui ont leur propre service de médiation.",
                "Behalve {areas}, die een eigen ombudsdienst hebben.",
                "Außer {areas}, die einen eigenen Ombudsdienst haben.",
                "Except {areas}, which have their own ombudsman.");
        text(
                ReasonCode.SERVES_LANGUAGE,
                "Travaille en {language}.",
                "Werkt in het {language}.",
                "Arbeitet auf {language}.",
                "Works in {language}.");
        text(
                ReasonCode.DOES_NOT_SERVE_LANGUAGE,
                "Ne travaille pas en {language}.",
                "Werkt niet in het {language}.",
                "Arbeitet nicht auf {language}.",
                "Does not work in {language}.");
        text(
                ReasonCode.PRIOR_CONTACT_WITH_BODY,
                "Adressez d'abord votre plainte à {body} ; ensuite, {institution} peut vous aider.",
                "Dien eerst een klacht in bij {body}; daarna kan {institution} u helpen.",
                "Beschweren Sie sich zuerst bei {body}; danach kann {institution} Ihnen helfen.",
                "First complain to {body}; then {institution} can help.");
        text(
                ReasonCode.PRIOR_CONTACT_WITH_COMPANY,
                "Adressez d'abord votre plainte à l'entreprise ; ensuite, {institution} peut vous aider.",
                "Dien eerst een klacht in bij de onderneming; daarna kan {institution} u helpen.",
                "Beschweren Sie sich zuerst beim Unternehmen; danach kann {institution} Ihnen helfen.",
                "First complain to the company; then {institution} can help.");
        text(
                ReasonCode.PRIOR_CONTACT_WITH_ADMINISTRATION,
                "Adressez d'abord votre plainte à l'administration concernée ; ensuite, {institution} peut vous aider.",
                "Dien eerst een klacht in bij de betrokken overheidsdienst; daarna kan {institution} u helpen.",
                "Beschweren Sie sich zuerst bei der betroffenen Verwaltung; danach kann {institution} Ihnen helfen.",
                "First complain to the administration concerned; then {institution} can help.");
        text(
                ReasonCode.COMPLAINT_AGE_LIMIT,
                "Les faits doivent dater de moins de {months} mois.",
                "De feiten mogen niet ouder zijn dan {months} maanden.",
                "Der Sachverhalt darf nicht länger als {months} Monate zurückliegen.",
                "The facts must be less than {months} months old.");
        text(
                ReasonCode.ANONYMOUS_NOT_ACCEPTED,
                "Les plaintes anonymes ne sont pas acceptées.",
                "Anonieme klachten worden niet aanvaard.",
                "Anonyme Beschwerden werden nicht angenommen.",
                "Anonymous complaints are not accepted.");
        text(
                ReasonCode.RULES_NOT_VERIFIED,
                "Ces conditions n'ont pas encore été confirmées par l'institution.",
                "Deze voorwaarden zijn nog niet door de instelling bevestigd.",
                "Diese Bedingungen wurden von der Einrichtung noch nicht bestätigt.",
                "The institution has not yet confirmed these conditions.");
        text(
                ReasonCode.POSTAL_CODE_LOCATED,
                "Code postal {postalCode} : {region} ; {communities}.",
                "Postcode {postalCode}: {region}; {communities}.",
                "Postleitzahl {postalCode}: {region}; {communities}.",
                "Postal code {postalCode}: {region}; {communities}.");
        text(
                ReasonCode.POSTAL_CODE_SHARED,
                "Le code postal {postalCode} est partagé par plusieurs communes ({municipalities}) : toutes ont été prises en compte.",
                "Postcode {postalCode} wordt door meerdere gemeenten gedeeld ({municipalities}): met alle werd rekening gehouden.",
                "Die Postleitzahl {postalCode} wird von mehreren Gemeinden geteilt ({municipalities}): alle wurden berücksichtigt.",
                "Postal code {postalCode} is shared by several municipalities ({municipalities}): all of them were considered.");
        text(
                ReasonCode.BODY_OVERRIDES_LOCATION,
                "Recherche basée sur {body} : son niveau, son secteur et son territoire remplacent ceux indiqués.",
                "Zoekopdracht op basis van {body}: het niveau, de sector en het gebied daarvan vervangen de opgegeven gegevens.",
                "Suche anhand von {body}: deren Ebene, Bereich und Gebiet ersetzen die angegebenen Angaben.",
                "Search based on {body}: its level, sector and territory replace those given.");
        text(
                ReasonCode.NO_COMPETENT_INSTITUTION,
                "Aucun membre du réseau n'est compétent pour cette demande.",
                "Geen enkel lid van het netwerk is bevoegd voor deze vraag.",
                "Kein Mitglied des Netzwerks ist für dieses Anliegen zuständig.",
                "No member of the network is competent for this request.");
        text(
                ReasonCode.ORIENTATION_POINT,
                "{institution} peut vous orienter.",
                "{institution} kan u doorverwijzen.",
                "{institution} kann Sie weiterleiten.",
                "{institution} can direct you to the right service.");

        level(
                AdminLevel.FEDERAL,
                "administrations fédérales",
                "federale besturen",
                "föderale Verwaltungen",
                "federal administrations");
        level(
                AdminLevel.REGIONAL,
                "administrations régionales",
                "gewestelijke besturen",
                "regionale Verwaltungen",
                "regional administrations");
        level(
                AdminLevel.COMMUNITY,
                "administrations communautaires",
                "gemeenschapsbesturen",
                "Gemeinschaftsverwaltungen",
                "community administrations");
        level(
                AdminLevel.LOCAL,
                "administrations locales",
                "lokale besturen",
                "lokale Verwaltungen",
                "local administrations");
        level(AdminLevel.PRIVATE, "entreprises", "ondernemingen", "Unternehmen", "companies");

        language(FR, "français", "Frans", "Französisch", "French");
        language(NL, "néerlandais", "Nederlands", "Niederländisch", "Dutch");
        language(DE, "allemand", "Duits", "Deutsch", "German");
        language(EN, "anglais", "Engels", "Englisch", "English");
    }

    private ReasonCatalogue() {}

    /** The text of a reason code in a language, with its placeholders. */
    public static String template(ReasonCode code, Language language) {
        return TEXTS.get(code).get(language);
    }

    /** The name of an administration level in a language. */
    public static String label(AdminLevel level, Language language) {
        return LEVELS.get(level).get(language);
    }

    /** The name of one of the network's languages in a language. */
    public static String label(Language named, Language language) {
        return LANGUAGES.get(named).get(language);
    }

    /** What the values of a parameter are. */
    public static ParameterKind kindOf(String parameter) {
        return switch (parameter) {
            case "territory", "area", "areas", "municipalities", "region", "communities" -> ParameterKind.AREA;
            case "sector" -> ParameterKind.SECTOR;
            case "body", "bodies" -> ParameterKind.BODY;
            case "institution" -> ParameterKind.INSTITUTION;
            case "level" -> ParameterKind.LEVEL;
            case "language" -> ParameterKind.LANGUAGE;
            default -> ParameterKind.LITERAL;
        };
    }

    /** The reason's text in {@code language}, its values labelled. */
    public static String render(Reason reason, Language language, Labeller labeller) {
        Objects.requireNonNull(labeller, "labeller");
        String text = template(reason.code(), language);
        for (Map.Entry<String, List<String>> parameter : reason.parameters().entrySet()) {
            ParameterKind kind = kindOf(parameter.getKey());
            String values = parameter.getValue().stream()
                    .map(value -> labelOf(kind, value, language, labeller))
                    .collect(Collectors.joining(", "));
            text = text.replace("{" + parameter.getKey() + "}", values);
        }
        return text;
    }

    private static String labelOf(ParameterKind kind, String value, Language language, Labeller labeller) {
        return switch (kind) {
            case LEVEL -> label(AdminLevel.valueOf(value), language);
            case LANGUAGE ->
                Language.fromCode(value).map(named -> label(named, language)).orElse(value);
            case LITERAL -> value;
            default -> labeller.label(kind, value, language);
        };
    }

    private static void text(ReasonCode code, String fr, String nl, String de, String en) {
        TEXTS.put(code, byLanguage(fr, nl, de, en));
    }

    private static void level(AdminLevel level, String fr, String nl, String de, String en) {
        LEVELS.put(level, byLanguage(fr, nl, de, en));
    }

    private static void language(Language named, String fr, String nl, String de, String en) {
        LANGUAGES.put(named, byLanguage(fr, nl, de, en));
    }

    private static Map<Language, String> byLanguage(String fr, String nl, String de, String en) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(FR, fr);
        texts.put(NL, nl);
        texts.put(DE, de);
        texts.put(EN, en);
        return texts;
    }
}
