package be.passerelle.infra.seed;

import be.passerelle.core.directory.AdminLevel;
import be.passerelle.core.directory.Admissibility;
import be.passerelle.core.directory.Area;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.AreaKind;
import be.passerelle.core.directory.Body;
import be.passerelle.core.directory.Competence;
import be.passerelle.core.directory.ContactChannels;
import be.passerelle.core.directory.DirectorySeed;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.directory.OrientationPoints;
import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.directory.PostalRange;
import be.passerelle.core.directory.ReferralIntake;
import be.passerelle.core.directory.Sector;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the directory part of the network seed file: sectors, areas, bodies, each institution's
 * first directory entry (names, languages, competences, admissibility, website, acknowledgement
 * deadline) and the orientation points. Seeded institutions do not take referrals until onboarded.
 */
public final class DirectorySeedFile {
    private static final int DEFAULT_WORKING_DAYS = 5;

    private DirectorySeedFile() {}

    public static DirectorySeed bundled() {
        try (InputStream in =
                DirectorySeedFile.class.getClassLoader().getResourceAsStream(NetworkSeedFile.CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("the seed file is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DirectorySeed read(InputStream in) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        List<Sector> sectors =
                list(root.path("sectors"), n -> new Sector(text(n, "code"), localized(n.path("labels"))));
        List<Area> areas = list(root.path("areas"), DirectorySeedFile::area);
        List<Body> bodies = list(
                root.path("bodies"),
                n -> new Body(
                        text(n, "code"),
                        localized(n.path("names")),
                        AdminLevel.valueOf(text(n, "adminLevel")),
                        optional(n, "sector"),
                        AreaCode.of(text(n, "area"))));
        List<DirectorySeed.SeededEntry> entries = list(root.path("institutions"), DirectorySeedFile::entry);
        Map<AdminLevel, TenantSlug> points = new EnumMap<>(AdminLevel.class);
        root.path("orientationPoints")
                .properties()
                .forEach(e -> points.put(
                        AdminLevel.valueOf(e.getKey()),
                        new TenantSlug(e.getValue().asString())));
        return new DirectorySeed(sectors, areas, bodies, entries, new OrientationPoints(points));
    }

    private static Area area(JsonNode node) {
        List<PostalRange> ranges = list(
                node.path("postalRanges"),
                r -> PostalRange.of(r.path(0).asInt(), r.path(1).asInt()));
        List<PostalCode> codes = list(node.path("postalCodes"), c -> PostalCode.parse(c.asString()));
        return new Area(
                AreaCode.of(text(node, "code")),
                AreaKind.valueOf(text(node, "kind")),
                localized(node.path("labels")),
                ranges,
                codes,
                list(node.path("composedOf"), c -> AreaCode.of(c.asString())),
                list(node.path("minus"), c -> AreaCode.of(c.asString())));
    }

    private static DirectorySeed.SeededEntry entry(JsonNode node) {
        List<Language> languages = new ArrayList<>();
        node.path("languages").forEach(l -> Language.fromCode(l.asString()).ifPresent(languages::add));
        JsonNode rules = node.path("admissibility");
        Admissibility admissibility = new Admissibility(
                rules.path("priorContactRequired").asBoolean(true),
                rules.hasNonNull("maxComplaintAgeMonths")
                        ? OptionalInt.of(rules.path("maxComplaintAgeMonths").asInt())
                        : OptionalInt.empty(),
                rules.path("anonymousAccepted").asBoolean(false),
                rules.path("verified").asBoolean(false));
        InstitutionProfile profile = new InstitutionProfile(
                localized(node.path("names")),
                Optional.empty(),
                ContactChannels.website(optional(node, "website").orElse(null)),
                languages,
                list(node.path("competences"), DirectorySeedFile::competence),
                admissibility,
                new ReferralIntake(
                        false, node.path("acknowledgementWorkingDays").asInt(DEFAULT_WORKING_DAYS)),
                List.of());
        return new DirectorySeed.SeededEntry(
                new TenantSlug(text(node, "slug")), TenantKind.valueOf(text(node, "kind")), profile);
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

    private static LocalizedText localized(JsonNode node) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        node.properties()
                .forEach(e -> Language.fromCode(e.getKey())
                        .ifPresent(l -> values.put(l, e.getValue().asString())));
        return new LocalizedText(values);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            throw new IllegalStateException("the seed file lacks " + field);
        }
        return value.asString();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString()) : Optional.empty();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> values = new ArrayList<>();
        array.forEach(node -> values.add(mapper.apply(node)));
        return values;
    }
}
