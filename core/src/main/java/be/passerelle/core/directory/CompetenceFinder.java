package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantSlug;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The competence finder (SPEC §4.2): which members of the network can help with a problem.
 *
 * <p>Each competence of each institution is checked against the query on four axes:
 *
 * <ul>
 *   <li><b>body</b>: a competence limited to named bodies applies to those bodies only (or, when the
 *       query names no body, to its sector, as a weaker candidate); a competence that excludes the
 *       named body does not apply;
 *   <li><b>sector</b>: a competence for a sector applies only to a query in that sector; a competence
 *       without sector applies to any;
 *   <li><b>level</b>: the levels must agree, except for a sector specialist, which takes its sector at
 *       any level (Ombudsrail for SNCB-NMBS, a federal company);
 *   <li><b>territory</b>: the territory without the excluded areas must hold the located place, fully
 *       or partly (one municipality of a shared postal code, some communes of a region); a named body
 *       must be held fully (the Ixelles ombudsman does not handle an intercommunale of all Brussels).
 * </ul>
 *
 * <p>When the query gives a sector but no level, the specialists of that sector, if any, eclipse the
 * general ombudsmen (who are competent by level, which the citizen did not say).
 *
 * <p>An institution is proposed once, with its best-scoring competence. Everything is driven by the
 * data of the {@link NetworkDirectory}; no institution is named here.
 */
public final class CompetenceFinder {
    private static final int FULL_COVERAGE = 50;
    private static final int PARTIAL_COVERAGE = 35;
    private static final int SECTOR_MATCH = 20;
    private static final int BODY_NAMED = 35;
    private static final int ONLY_FOR_OTHER_BODIES = -10;
    private static final int LEVEL_MATCH = 10;
    private static final int ANY_LEVEL = 5;
    private static final int LANGUAGE_SERVED = 5;

    private final NetworkDirectory directory;
    private final Geography geography;
    private final List<CompiledCompetence> competences = new ArrayList<>();

    public CompetenceFinder(NetworkDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.geography = directory.geography();
        for (DirectoryEntry entry : directory.institutions()) {
            for (int i = 0; i < entry.competences().size(); i++) {
                competences.add(compile(entry, i));
            }
        }
    }

    public MatchResult match(MatchQuery query) {
        Objects.requireNonNull(query, "query");
        if (!query.hasCriterion()) {
            throw new InvalidInput("give a postal code, an area, a sector, an administration level or a body");
        }
        List<Reason> notes = new ArrayList<>();
        Optional<PostalLocation> location = Optional.empty();
        Subject subject;
        if (query.body().isPresent()) {
            Body body = directory.requireBody(query.body().get());
            if (query.postalCode().isPresent()
                    || query.area().isPresent()
                    || query.sector().isPresent()
                    || query.adminLevel().isPresent()) {
                notes.add(Reason.of(ReasonCode.BODY_OVERRIDES_LOCATION, "body", body.code()));
            }
            subject = new Subject(
                    Optional.of(body),
                    body.sector(),
                    Optional.of(body.adminLevel()),
                    Optional.of(geography.extent(body.area())),
                    Optional.empty(),
                    Optional.of(body.area()),
                    query.language());
        } else {
            query.sector().ifPresent(directory::requireSector);
            query.area().ifPresent(geography::require);
            Optional<BitSet> places = query.area().map(geography::extent);
            if (query.postalCode().isPresent()) {
                PostalCode code = query.postalCode().get();
                location = Optional.of(geography.locate(code));
                BitSet codePlaces = geography.places(code);
                if (places.isPresent()) {
                    codePlaces.and(places.get());
                    if (codePlaces.isEmpty()) {
                        throw new InvalidInput("postal code " + code + " is not in area "
                                + query.area().get());
                    }
                }
                places = Optional.of(codePlaces);
                notes.add(Reason.of(
                        ReasonCode.POSTAL_CODE_LOCATED,
                        "postalCode",
                        code,
                        "region",
                        location.get().region(),
                        "communities",
                        location.get().communities()));
                List<AreaCode> considered = owners(codePlaces);
                if (considered.size() > 1) {
                    notes.add(
                            Reason.of(ReasonCode.POSTAL_CODE_SHARED, "postalCode", code, "municipalities", considered));
                }
            }
            subject = new Subject(
                    Optional.empty(),
                    query.sector(),
                    query.adminLevel(),
                    places,
                    query.postalCode(),
                    query.postalCode().isPresent() ? Optional.empty() : query.area(),
                    query.language());
        }

        List<Candidate> candidates = new ArrayList<>();
        DirectoryEntry current = null;
        Candidate best = null;
        for (CompiledCompetence competence : competences) {
            if (competence.entry() != current) {
                addIfPresent(candidates, best);
                current = competence.entry();
                best = null;
            }
            Candidate candidate = evaluate(competence, subject);
            if (candidate != null && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        addIfPresent(candidates, best);
        if (subject.sector().isPresent()
                && subject.level().isEmpty()
                && candidates.stream().anyMatch(c -> c.competence().sector().isPresent())) {
            candidates.removeIf(c -> c.competence().sector().isEmpty());
        }
        candidates.sort(Comparator.comparingInt(Candidate::score)
                .reversed()
                .thenComparing(candidate -> candidate.institution().value()));

        List<OrientationPoint> orientation = List.of();
        if (candidates.isEmpty()) {
            notes.add(Reason.of(ReasonCode.NO_COMPETENT_INSTITUTION));
            orientation = subject.level()
                    .map(level -> List.of(directory.orientationPoints().forLevel(level)))
                    .orElseGet(() -> directory.orientationPoints().all());
            for (OrientationPoint point : orientation) {
                notes.add(Reason.of(ReasonCode.ORIENTATION_POINT, "institution", point.institution()));
            }
        }
        return new MatchResult(candidates, location, notes, orientation);
    }

    /** A reason's text in a language, with the directory's labels for areas, sectors, bodies and institutions. */
    public String explain(Reason reason, Language language) {
        return ReasonCatalogue.render(reason, language, this::label);
    }

    private String label(ReasonCatalogue.ParameterKind kind, String code, Language language) {
        Optional<LocalizedText> text = switch (kind) {
            case AREA -> geography.area(AreaCode.of(code)).map(Area::labels);
            case SECTOR -> directory.sector(code).map(Sector::labels);
            case BODY -> directory.body(code).map(Body::names);
            case INSTITUTION -> directory.institution(new TenantSlug(code)).map(DirectoryEntry::names);
            default -> Optional.empty();
        };
        return text.map(t -> t.in(language, List.of())).orElse(code);
    }

    private Candidate evaluate(CompiledCompetence compiled, Subject subject) {
        Competence competence = compiled.competence();
        List<Reason> reasons = new ArrayList<>();
        int score = 0;

        boolean bodyNamed = subject.body().isPresent()
                && competence.bodies().contains(subject.body().get().code());
        if (competence.limitedToBodies()) {
            if (subject.body().isPresent() && !bodyNamed) {
                return null;
            }
            if (bodyNamed) {
                reasons.add(Reason.of(
                        ReasonCode.BODY_NAMED, "body", subject.body().get().code()));
                score += BODY_NAMED;
            }
        } else if (subject.body().isPresent()
                && competence.excludesBodies().contains(subject.body().get().code())) {
            return null;
        }

        if (!bodyNamed) {
            if (competence.sector().isPresent()) {
                if (!competence.sector().equals(subject.sector())) {
                    return null;
                }
                score += SECTOR_MATCH;
            }
            boolean levelsDiffer = subject.level().isPresent()
                    && competence.adminLevel().isPresent()
                    && !competence.adminLevel().equals(subject.level());
            if (levelsDiffer && competence.sector().isEmpty()) {
                return null;
            }
            competence
                    .sector()
                    .ifPresent(sector -> reasons.add(Reason.of(
                            levelsDiffer ? ReasonCode.SECTOR_SPECIALIST : ReasonCode.SECTOR_MATCHED,
                            "sector",
                            sector)));
            if (!levelsDiffer) {
                competence
                        .adminLevel()
                        .ifPresent(level -> reasons.add(Reason.of(ReasonCode.COMPETENT_FOR_LEVEL, "level", level)));
                if (subject.level().isPresent()) {
                    score += competence.adminLevel().isPresent() ? LEVEL_MATCH : ANY_LEVEL;
                }
            }
            if (competence.limitedToBodies()) {
                reasons.add(Reason.of(ReasonCode.ONLY_FOR_BODIES, "bodies", competence.bodies()));
                score += ONLY_FOR_OTHER_BODIES;
            }
        }

        Coverage coverage = Coverage.FULL;
        if (subject.places().isPresent()) {
            BitSet target = subject.places().get();
            BitSet covered = (BitSet) target.clone();
            covered.and(compiled.effective());
            if (covered.isEmpty()) {
                return null;
            }
            coverage = covered.equals(target) ? Coverage.FULL : Coverage.PARTIAL;
            if (coverage == Coverage.PARTIAL && subject.body().isPresent()) {
                return null;
            }
            score += coverage == Coverage.FULL ? FULL_COVERAGE : PARTIAL_COVERAGE;
            List<AreaCode> territory = new ArrayList<>();
            int specificity = 0;
            for (AreaCode area : competence.territory()) {
                if (compiled.extent(area).intersects(covered)) {
                    territory.add(area);
                    specificity = Math.max(specificity, specificity(area));
                }
            }
            score += specificity;
            reasons.add(territoryReason(subject, coverage, territory, covered));
            List<AreaCode> excepted = competence.excludesAreas().stream()
                    .filter(area -> compiled.extent(area).intersects(target))
                    .toList();
            if (!excepted.isEmpty()) {
                reasons.add(Reason.of(ReasonCode.EXCEPT_AREAS, "areas", excepted));
            }
        } else {
            score += FULL_COVERAGE;
        }

        if (subject.body().isEmpty()) {
            List<String> exceptedBodies = competence.excludesBodies().stream()
                    .map(directory::requireBody)
                    .filter(body -> mayConcern(body, subject))
                    .map(Body::code)
                    .toList();
            if (!exceptedBodies.isEmpty()) {
                reasons.add(Reason.of(ReasonCode.EXCEPT_BODIES, "bodies", exceptedBodies));
            }
        }

        DirectoryEntry entry = compiled.entry();
        if (subject.language().isPresent()) {
            Language language = subject.language().get();
            if (entry.serves(language)) {
                reasons.add(Reason.of(ReasonCode.SERVES_LANGUAGE, "language", language.code()));
                score += LANGUAGE_SERVED;
            } else {
                reasons.add(Reason.of(ReasonCode.DOES_NOT_SERVE_LANGUAGE, "language", language.code()));
            }
        }

        score = Math.max(0, Math.min(Candidate.MAX_SCORE, score));
        return new Candidate(
                entry.slug(),
                score,
                compiled.index(),
                competence,
                coverage,
                reasons,
                entry.admissibility(),
                conditions(entry, competence, subject));
    }

    private Reason territoryReason(Subject subject, Coverage coverage, List<AreaCode> territory, BitSet covered) {
        if (subject.postalCode().isPresent()) {
            PostalCode code = subject.postalCode().get();
            List<AreaCode> municipalities = owners(covered);
            if (coverage == Coverage.PARTIAL && !municipalities.isEmpty()) {
                return Reason.of(
                        ReasonCode.TERRITORY_COVERS_MUNICIPALITIES,
                        "territory",
                        territory,
                        "municipalities",
                        municipalities,
                        "postalCode",
                        code);
            }
            return Reason.of(ReasonCode.TERRITORY_COVERS_POSTAL_CODE, "territory", territory, "postalCode", code);
        }
        AreaCode area = subject.area().orElseThrow();
        return Reason.of(
                coverage == Coverage.FULL ? ReasonCode.TERRITORY_COVERS_AREA : ReasonCode.TERRITORY_PARTLY_COVERS_AREA,
                "territory",
                territory,
                "area",
                area);
    }

    private List<Reason> conditions(DirectoryEntry entry, Competence competence, Subject subject) {
        Admissibility rules = entry.admissibility();
        List<Reason> conditions = new ArrayList<>();
        String institution = entry.slug().value();
        if (rules.priorContactRequired()) {
            Optional<AdminLevel> level = subject.level().or(competence::adminLevel);
            if (subject.body().isPresent()) {
                conditions.add(Reason.of(
                        ReasonCode.PRIOR_CONTACT_WITH_BODY,
                        "body",
                        subject.body().get().code(),
                        "institution",
                        institution));
            } else if (level.equals(Optional.of(AdminLevel.PRIVATE))) {
                conditions.add(Reason.of(ReasonCode.PRIOR_CONTACT_WITH_COMPANY, "institution", institution));
            } else {
                conditions.add(Reason.of(ReasonCode.PRIOR_CONTACT_WITH_ADMINISTRATION, "institution", institution));
            }
        }
        rules.maxComplaintAgeMonths()
                .ifPresent(months -> conditions.add(Reason.of(ReasonCode.COMPLAINT_AGE_LIMIT, "months", months)));
        if (!rules.anonymousAccepted()) {
            conditions.add(Reason.of(ReasonCode.ANONYMOUS_NOT_ACCEPTED));
        }
        if (!rules.verified()) {
            conditions.add(Reason.of(ReasonCode.RULES_NOT_VERIFIED));
        }
        return conditions;
    }

    /** Whether a body excluded from a competence could be what the query is about. */
    private boolean mayConcern(Body body, Subject subject) {
        boolean sector = subject.sector().isEmpty() || subject.sector().equals(body.sector());
        boolean level = subject.level().isEmpty() || subject.level().get() == body.adminLevel();
        boolean place = subject.places().isEmpty()
                || geography.extent(body.area()).intersects(subject.places().get());
        return sector && level && place;
    }

    /** The municipalities owning some of these places, in the geography's order. */
    private List<AreaCode> owners(BitSet places) {
        Set<AreaCode> owners = new LinkedHashSet<>();
        places.stream().forEach(place -> geography.owner(place).ifPresent(owners::add));
        return List.copyOf(owners);
    }

    private int specificity(AreaCode area) {
        return switch (geography.require(area).kind()) {
            case MUNICIPALITY -> 10;
            case PROVINCE -> 7;
            case REGION, COMMUNITY -> 4;
            case COUNTRY -> 0;
        };
    }

    private CompiledCompetence compile(DirectoryEntry entry, int index) {
        Competence competence = entry.competences().get(index);
        Map<AreaCode, BitSet> extents = new HashMap<>();
        BitSet effective = new BitSet();
        for (AreaCode area : competence.territory()) {
            BitSet extent = geography.extent(area);
            extents.put(area, extent);
            effective.or(extent);
        }
        for (AreaCode area : competence.excludesAreas()) {
            BitSet extent = geography.extent(area);
            extents.put(area, extent);
            effective.andNot(extent);
        }
        return new CompiledCompetence(entry, index, competence, effective, Map.copyOf(extents));
    }

    private static void addIfPresent(List<Candidate> candidates, Candidate candidate) {
        if (candidate != null) {
            candidates.add(candidate);
        }
    }

    /** What the query is about, once a named body has replaced the location, sector and level. */
    private record Subject(
            Optional<Body> body,
            Optional<String> sector,
            Optional<AdminLevel> level,
            Optional<BitSet> places,
            Optional<PostalCode> postalCode,
            Optional<AreaCode> area,
            Optional<Language> language) {}

    /** A competence with its territory's places worked out once. */
    private record CompiledCompetence(
            DirectoryEntry entry, int index, Competence competence, BitSet effective, Map<AreaCode, BitSet> extents) {
        BitSet extent(AreaCode area) {
            return extents.get(area);
        }
    }
}
