package be.passerelle.persistence.directory;

import be.passerelle.core.directory.AdminLevel;
import be.passerelle.core.directory.Admissibility;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.Competence;
import be.passerelle.core.directory.ContactChannels;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.directory.OpeningPeriod;
import be.passerelle.core.directory.ReferralIntake;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jooq.JSONB;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A directory entry's profile as the {@code profile} JSON column keeps it. */
final class ProfileJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProfileJson() {}

    static JSONB write(InstitutionProfile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("names", texts(profile.names()));
        profile.descriptions().ifPresent(d -> root.set("descriptions", texts(d)));
        ContactChannels contact = profile.contact();
        ObjectNode channels = root.putObject("contact");
        contact.website().ifPresent(v -> channels.put("website", v));
        contact.email().ifPresent(v -> channels.put("email", v));
        contact.phone().ifPresent(v -> channels.put("phone", v));
        contact.postalAddress()
                .ifPresent(a -> channels.putObject("postalAddress")
                        .put("street", a.street())
                        .put("postalCode", a.postalCode())
                        .put("locality", a.locality())
                        .put("country", a.country()));
        ArrayNode social = channels.putArray("socialMedia");
        contact.socialMedia()
                .forEach(s -> social.addObject().put("network", s.network()).put("url", s.url()));
        ArrayNode languages = root.putArray("languages");
        profile.languages().forEach(l -> languages.add(l.code()));
        ArrayNode competences = root.putArray("competences");
        for (Competence competence : profile.competences()) {
            ObjectNode node = competences.addObject();
            competence.sector().ifPresent(s -> node.put("sector", s));
            competence.adminLevel().ifPresent(l -> node.put("adminLevel", l.name()));
            strings(node.putArray("territory"), competence.territory(), AreaCode::value);
            strings(node.putArray("bodies"), competence.bodies(), Function.identity());
            strings(node.putArray("excludesAreas"), competence.excludesAreas(), AreaCode::value);
            strings(node.putArray("excludesBodies"), competence.excludesBodies(), Function.identity());
        }
        Admissibility rules = profile.admissibility();
        ObjectNode admissibility = root.putObject("admissibility")
                .put("priorContactRequired", rules.priorContactRequired())
                .put("anonymousAccepted", rules.anonymousAccepted())
                .put("verified", rules.verified());
        rules.maxComplaintAgeMonths().ifPresent(m -> admissibility.put("maxComplaintAgeMonths", m));
        root.putObject("intake")
                .put("acceptsReferrals", profile.intake().acceptsReferrals())
                .put("acknowledgementWorkingDays", profile.intake().acknowledgementWorkingDays());
        ArrayNode hours = root.putArray("openingHours");
        profile.openingHours()
                .forEach(p -> hours.addObject()
                        .put("day", p.day().name())
                        .put("opens", p.opens().toString())
                        .put("closes", p.closes().toString()));
        return JSONB.valueOf(MAPPER.writeValueAsString(root));
    }

    static JSONB texts(Optional<LocalizedText> text) {
        return JSONB.valueOf(
                MAPPER.writeValueAsString(text.map(ProfileJson::texts).orElseGet(MAPPER::createObjectNode)));
    }

    static JSONB textsColumn(LocalizedText text) {
        return JSONB.valueOf(MAPPER.writeValueAsString(texts(text)));
    }

    static InstitutionProfile read(JSONB json) {
        JsonNode root = MAPPER.readTree(json.data());
        JsonNode channels = root.path("contact");
        JsonNode address = channels.path("postalAddress");
        ContactChannels contact = new ContactChannels(
                optional(channels, "website"),
                optional(channels, "email"),
                optional(channels, "phone"),
                address.isObject()
                        ? Optional.of(new ContactChannels.PostalAddress(
                                address.path("street").asString(),
                                address.path("postalCode").asString(),
                                address.path("locality").asString(),
                                address.path("country").asString()))
                        : Optional.empty(),
                list(
                        channels.path("socialMedia"),
                        s -> new ContactChannels.SocialAccount(
                                s.path("network").asString(), s.path("url").asString())));
        JsonNode rules = root.path("admissibility");
        JsonNode intake = root.path("intake");
        return new InstitutionProfile(
                localized(root.path("names")),
                root.path("descriptions").isObject()
                                && !root.path("descriptions").isEmpty()
                        ? Optional.of(localized(root.path("descriptions")))
                        : Optional.empty(),
                contact,
                list(
                        root.path("languages"),
                        l -> Language.fromCode(l.asString()).orElseThrow()),
                list(root.path("competences"), ProfileJson::competence),
                new Admissibility(
                        rules.path("priorContactRequired").asBoolean(),
                        rules.hasNonNull("maxComplaintAgeMonths")
                                ? OptionalInt.of(
                                        rules.path("maxComplaintAgeMonths").asInt())
                                : OptionalInt.empty(),
                        rules.path("anonymousAccepted").asBoolean(),
                        rules.path("verified").asBoolean()),
                new ReferralIntake(
                        intake.path("acceptsReferrals").asBoolean(),
                        intake.path("acknowledgementWorkingDays").asInt()),
                list(
                        root.path("openingHours"),
                        p -> new OpeningPeriod(
                                DayOfWeek.valueOf(p.path("day").asString()),
                                LocalTime.parse(p.path("opens").asString()),
                                LocalTime.parse(p.path("closes").asString()))));
    }

    private static Competence competence(JsonNode node) {
        return new Competence(
                optional(node, "sector"),
                optional(node, "adminLevel").map(AdminLevel::valueOf),
                list(node.path("territory"), a -> AreaCode.of(a.asString())),
                list(node.path("bodies"), JsonNode::asString),
                list(node.path("excludesAreas"), a -> AreaCode.of(a.asString())),
                list(node.path("excludesBodies"), JsonNode::asString));
    }

    private static ObjectNode texts(LocalizedText text) {
        ObjectNode node = MAPPER.createObjectNode();
        text.values().forEach((language, value) -> node.put(language.code(), value));
        return node;
    }

    static LocalizedText localized(JsonNode node) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        node.properties()
                .forEach(e -> Language.fromCode(e.getKey())
                        .ifPresent(l -> values.put(l, e.getValue().asString())));
        return new LocalizedText(values);
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }

    private static <T> void strings(ArrayNode array, List<T> values, Function<T, String> text) {
        values.forEach(v -> array.add(text.apply(v)));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> values = new ArrayList<>();
        array.forEach(node -> values.add(mapper.apply(node)));
        return values;
    }
}
