package be.passerelle.persistence.directory;

import static be.passerelle.persistence.jooq.Tables.DIRECTORY_ENTRIES;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_ENTRY_VERSIONS;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.DirectoryEntries;
import be.passerelle.core.directory.DirectoryFilter;
import be.passerelle.core.directory.EntryRevision;
import be.passerelle.core.directory.EntryVersion;
import be.passerelle.core.directory.InstitutionEntry;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.directory.ReferralIntake;
import be.passerelle.core.directory.SearchFacets;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Directory entries and their versions (shared tables). Search runs in PostgreSQL on indexes (see
 * migration V20): every word of the text as a prefix over the unaccented full-text document of names
 * (weight A) and descriptions (weight B), ranked; when no entry has them all, entries with a close
 * spelling (trigram word similarity), ranked by similarity.
 */
final class JooqDirectoryEntries implements DirectoryEntries {
    private static final SelectFieldOrAsterisk[] COLUMNS = {
        DIRECTORY_ENTRIES.TENANT_ID,
        DIRECTORY_ENTRIES.SEQ,
        DIRECTORY_ENTRIES.VERSION,
        DIRECTORY_ENTRIES.PROFILE,
        DIRECTORY_ENTRIES.UPDATED_AT,
        TENANTS.SLUG,
        TENANTS.KIND,
        TENANTS.VERSION,
        TENANTS.ACCEPTS_REFERRALS,
        TENANTS.ACKNOWLEDGEMENT_WORKING_DAYS,
        TENANTS.STATUS
    };

    private final Database database;

    JooqDirectoryEntries(Database database) {
        this.database = database;
    }

    @Override
    public boolean addIfAbsent(
            TenantId tenant, InstitutionProfile profile, SearchFacets facets, Actor author, Instant at) {
        DSLContext dsl = database.dsl();
        boolean created = dsl.insertInto(DIRECTORY_ENTRIES)
                        .set(DIRECTORY_ENTRIES.TENANT_ID, tenant.value())
                        .set(DIRECTORY_ENTRIES.VERSION, 1)
                        .set(facetColumns(profile, facets))
                        .set(DIRECTORY_ENTRIES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                        .onConflict(DIRECTORY_ENTRIES.TENANT_ID)
                        .doNothing()
                        .execute()
                == 1;
        if (created) {
            keepVersion(dsl, tenant, 1, profile, author, at);
        }
        return created;
    }

    @Override
    public Optional<InstitutionEntry> find(TenantSlug slug) {
        return database.dsl()
                .select(COLUMNS)
                .from(DIRECTORY_ENTRIES)
                .join(TENANTS)
                .on(TENANTS.ID.eq(DIRECTORY_ENTRIES.TENANT_ID))
                .where(TENANTS.SLUG.eq(slug.value()))
                .fetchOptional(JooqDirectoryEntries::toEntry);
    }

    @Override
    public List<InstitutionEntry> all() {
        return database.dsl()
                .select(COLUMNS)
                .from(DIRECTORY_ENTRIES)
                .join(TENANTS)
                .on(TENANTS.ID.eq(DIRECTORY_ENTRIES.TENANT_ID))
                .orderBy(DIRECTORY_ENTRIES.SEQ)
                .fetch(JooqDirectoryEntries::toEntry);
    }

    @Override
    public Page<InstitutionEntry> search(DirectoryFilter filter, PageRequest page) {
        List<Condition> conditions = new ArrayList<>();
        filter.sector().ifPresent(s -> conditions.add(DIRECTORY_ENTRIES.SECTORS.contains(new String[] {s})));
        filter.region().ifPresent(r -> conditions.add(DIRECTORY_ENTRIES.AREAS.contains(new String[] {r.value()})));
        filter.language().ifPresent(l -> conditions.add(DIRECTORY_ENTRIES.LANGUAGES.contains(new String[] {l.code()})));
        List<String> words = filter.words();
        List<Record> rows;
        Optional<Long> next;
        if (words.isEmpty()) {
            page.after().ifPresent(after -> conditions.add(DIRECTORY_ENTRIES.SEQ.gt(after)));
            rows = new ArrayList<>(query(conditions, List.of(DIRECTORY_ENTRIES.SEQ.asc()))
                    .limit(page.limit() + 1)
                    .fetch());
            next = rows.size() > page.limit()
                    ? Optional.of(rows.get(page.limit() - 1).get(DIRECTORY_ENTRIES.SEQ))
                    : Optional.empty();
        } else {
            String prefixes =
                    String.join(" & ", words.stream().map(w -> w + ":*").toList());
            String plain = String.join(" ", words);
            Field<Object> document = DSL.field(
                    "extensions.directory_document({0}, {1})", DIRECTORY_ENTRIES.NAMES, DIRECTORY_ENTRIES.DESCRIPTIONS);
            Field<Object> haystack = DSL.field(
                    "extensions.directory_haystack({0}, {1})", DIRECTORY_ENTRIES.NAMES, DIRECTORY_ENTRIES.DESCRIPTIONS);
            Field<Object> query =
                    DSL.field("to_tsquery('simple'::regconfig, extensions.directory_fold({0}))", DSL.val(prefixes));
            Field<Object> folded = DSL.field("extensions.directory_fold({0})", DSL.val(plain));
            // Words found as such (prefixes) win; only when none is found, close spellings (trigrams).
            Condition exact = DSL.condition("{0} @@ {1}", document, query);
            boolean anyExact = database.dsl()
                    .fetchExists(DSL.selectOne()
                            .from(DIRECTORY_ENTRIES)
                            .where(conditions)
                            .and(exact));
            Field<Double> rank;
            if (anyExact) {
                conditions.add(exact);
                rank = DSL.field("ts_rank({0}, {1})", Double.class, document, query);
            } else {
                conditions.add(DSL.condition("{0} operator(extensions.<%) {1}", folded, haystack));
                rank = DSL.field("extensions.word_similarity({0}, {1})", Double.class, folded, haystack);
            }
            long offset = page.after().orElse(0L);
            rows = new ArrayList<>(query(conditions, List.of(rank.desc(), DIRECTORY_ENTRIES.SEQ.asc()))
                    .offset(offset)
                    .limit(page.limit() + 1)
                    .fetch());
            next = rows.size() > page.limit() ? Optional.of(offset + page.limit()) : Optional.empty();
        }
        List<InstitutionEntry> items = rows.stream()
                .limit(page.limit())
                .map(JooqDirectoryEntries::toEntry)
                .toList();
        return new Page<>(items, next);
    }

    private org.jooq.SelectLimitStep<Record> query(List<Condition> conditions, List<SortField<?>> order) {
        return database.dsl()
                .select(COLUMNS)
                .from(DIRECTORY_ENTRIES)
                .join(TENANTS)
                .on(TENANTS.ID.eq(DIRECTORY_ENTRIES.TENANT_ID))
                .where(conditions)
                .orderBy(order);
    }

    @Override
    public Optional<Integer> update(
            TenantId tenant,
            EntryVersion expected,
            InstitutionProfile profile,
            SearchFacets facets,
            Actor author,
            Instant at) {
        DSLContext dsl = database.dsl();
        Optional<Integer> version = dsl.update(DIRECTORY_ENTRIES)
                .set(DIRECTORY_ENTRIES.VERSION, DIRECTORY_ENTRIES.VERSION.plus(1))
                .set(facetColumns(profile, facets))
                .set(DIRECTORY_ENTRIES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .where(Tenancy.ownedBy(DIRECTORY_ENTRIES.TENANT_ID, tenant))
                .and(DIRECTORY_ENTRIES.VERSION.eq(expected.entry()))
                .andExists(DSL.selectOne()
                        .from(TENANTS)
                        .where(TENANTS.ID.eq(tenant.value()))
                        .and(TENANTS.VERSION.eq(expected.tenant())))
                .returning(DIRECTORY_ENTRIES.VERSION)
                .fetchOptional(DIRECTORY_ENTRIES.VERSION);
        version.ifPresent(v -> keepVersion(dsl, tenant, v, profile, author, at));
        return version;
    }

    @Override
    public Page<EntryRevision> history(TenantId tenant, PageRequest page) {
        Condition condition = Tenancy.ownedBy(DIRECTORY_ENTRY_VERSIONS.TENANT_ID, tenant);
        if (page.after().isPresent()) {
            condition = condition.and(
                    DIRECTORY_ENTRY_VERSIONS.VERSION.lt(page.after().get().intValue()));
        }
        List<EntryRevision> rows = database.dsl()
                .select(
                        DIRECTORY_ENTRY_VERSIONS.VERSION,
                        DIRECTORY_ENTRY_VERSIONS.RECORDED_AT,
                        DIRECTORY_ENTRY_VERSIONS.AUTHOR_ID,
                        DIRECTORY_ENTRY_VERSIONS.AUTHOR_NAME,
                        DIRECTORY_ENTRY_VERSIONS.AUTHOR_TENANT_ID,
                        DIRECTORY_ENTRY_VERSIONS.PROFILE)
                .from(DIRECTORY_ENTRY_VERSIONS)
                .where(condition)
                .orderBy(DIRECTORY_ENTRY_VERSIONS.VERSION.desc())
                .limit(page.limit() + 1)
                .fetch(r -> new EntryRevision(
                        r.get(DIRECTORY_ENTRY_VERSIONS.VERSION),
                        r.get(DIRECTORY_ENTRY_VERSIONS.RECORDED_AT).toInstant(),
                        new Actor(
                                r.get(DIRECTORY_ENTRY_VERSIONS.AUTHOR_ID),
                                r.get(DIRECTORY_ENTRY_VERSIONS.AUTHOR_NAME),
                                Optional.ofNullable(r.get(DIRECTORY_ENTRY_VERSIONS.AUTHOR_TENANT_ID))
                                        .map(TenantId::new)),
                        ProfileJson.read(r.get(DIRECTORY_ENTRY_VERSIONS.PROFILE))));
        Optional<Long> next = rows.size() > page.limit()
                ? Optional.of((long) rows.get(page.limit() - 1).version())
                : Optional.empty();
        return new Page<>(rows.stream().limit(page.limit()).toList(), next);
    }

    private static java.util.Map<Field<?>, Object> facetColumns(InstitutionProfile profile, SearchFacets facets) {
        java.util.Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
        columns.put(DIRECTORY_ENTRIES.NAMES, ProfileJson.textsColumn(profile.names()));
        columns.put(DIRECTORY_ENTRIES.DESCRIPTIONS, ProfileJson.texts(profile.descriptions()));
        columns.put(
                DIRECTORY_ENTRIES.LANGUAGES,
                profile.languages().stream().map(Language::code).toArray(String[]::new));
        columns.put(DIRECTORY_ENTRIES.SECTORS, facets.sectors().toArray(String[]::new));
        columns.put(
                DIRECTORY_ENTRIES.AREAS,
                facets.areas().stream().map(AreaCode::value).toArray(String[]::new));
        columns.put(DIRECTORY_ENTRIES.PROFILE, ProfileJson.write(profile));
        return columns;
    }

    private static void keepVersion(
            DSLContext dsl, TenantId tenant, int version, InstitutionProfile profile, Actor author, Instant at) {
        dsl.insertInto(DIRECTORY_ENTRY_VERSIONS)
                .set(DIRECTORY_ENTRY_VERSIONS.TENANT_ID, tenant.value())
                .set(DIRECTORY_ENTRY_VERSIONS.VERSION, version)
                .set(DIRECTORY_ENTRY_VERSIONS.PROFILE, ProfileJson.write(profile))
                .set(DIRECTORY_ENTRY_VERSIONS.AUTHOR_ID, author.id())
                .set(DIRECTORY_ENTRY_VERSIONS.AUTHOR_NAME, author.name())
                .set(
                        DIRECTORY_ENTRY_VERSIONS.AUTHOR_TENANT_ID,
                        author.tenant().map(TenantId::value).orElse((UUID) null))
                .set(DIRECTORY_ENTRY_VERSIONS.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static InstitutionEntry toEntry(Record r) {
        InstitutionProfile stored = ProfileJson.read(r.get(DIRECTORY_ENTRIES.PROFILE));
        // The tenant row is the truth for the referral intake (referrals read it there); a tenant
        // that is not active (e.g. suspended) takes no referrals whatever its setting.
        boolean accepts = r.get(TENANTS.ACCEPTS_REFERRALS) && "ACTIVE".equals(r.get(TENANTS.STATUS));
        InstitutionProfile profile =
                stored.withIntake(new ReferralIntake(accepts, r.get(TENANTS.ACKNOWLEDGEMENT_WORKING_DAYS)));
        return new InstitutionEntry(
                new TenantId(r.get(DIRECTORY_ENTRIES.TENANT_ID)),
                new TenantSlug(r.get(TENANTS.SLUG)),
                TenantKind.valueOf(r.get(TENANTS.KIND)),
                profile,
                new EntryVersion(r.get(DIRECTORY_ENTRIES.VERSION), r.get(TENANTS.VERSION)),
                r.get(DIRECTORY_ENTRIES.UPDATED_AT).toInstant());
    }
}
