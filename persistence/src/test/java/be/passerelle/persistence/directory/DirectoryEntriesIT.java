package be.passerelle.persistence.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.directory.AdminLevel;
import be.passerelle.core.directory.Admissibility;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.Competence;
import be.passerelle.core.directory.ContactChannels;
import be.passerelle.core.directory.DirectoryFilter;
import be.passerelle.core.directory.EntryVersion;
import be.passerelle.core.directory.InstitutionEntry;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.directory.ReferralIntake;
import be.passerelle.core.directory.SearchFacets;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.TestPersistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Directory entries on a real PostgreSQL: the write wall alone, optimistic versions, unaccented search. */
class DirectoryEntriesIT {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Actor SEED = Actor.system(SystemOperation.SEED_IMPORT);
    private static TestPersistence db;
    private static JooqDirectoryEntries entries;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void twoEntries() {
        db = TestPersistence.shared();
        entries = new JooqDirectoryEntries(db.database);
        tenantA = db.newTenant("dir-a");
        tenantB = db.newTenant("dir-b");
        db.unitOfWork.inSystem(SystemOperation.SEED_IMPORT, () -> {
            entries.addIfAbsent(tenantA, profile("Zébulon Équité Médiation"), facets(), SEED, NOW);
            entries.addIfAbsent(tenantB, profile("Ombudsdienst Xylofoon"), facets(), SEED, NOW);
            return null;
        });
    }

    @Test
    void a_second_import_leaves_the_entry_as_it_is() {
        boolean created = db.unitOfWork.inSystem(
                SystemOperation.SEED_IMPORT,
                () -> entries.addIfAbsent(tenantA, profile("Autre nom"), facets(), SEED, NOW));

        assertThat(created).isFalse();
        assertThat(entryOf(tenantA).profile().names().values()).containsValue("Zébulon Équité Médiation");
    }

    @Test
    void tenant_a_cannot_rewrite_tenant_b_entry_even_when_the_application_asks_for_it() {
        InstitutionEntry before = entryOf(tenantB);

        Optional<Integer> updated = db.unitOfWork.inTenant(
                tenantA, () -> entries.update(tenantB, before.version(), profile("Forged"), facets(), SEED, NOW));

        assertThat(updated).isEmpty();
        assertThat(entryOf(tenantB).version()).isEqualTo(before.version());
        assertThat(entryOf(tenantB).profile().names().values()).containsValue("Ombudsdienst Xylofoon");
    }

    @Test
    void a_stale_version_updates_nothing_and_a_current_one_keeps_a_new_version() {
        TenantId tenant = db.newTenant("dir-c");
        db.unitOfWork.inSystem(
                SystemOperation.SEED_IMPORT, () -> entries.addIfAbsent(tenant, profile("Quokka"), facets(), SEED, NOW));
        InstitutionEntry current = entryOf(tenant);
        EntryVersion stale = new EntryVersion(
                current.version().entry() + 5, current.version().tenant());
        Actor user = new Actor("user-1", "c-admin", Optional.of(tenant));

        Optional<Integer> refused = db.unitOfWork.inTenant(
                tenant, () -> entries.update(tenant, stale, profile("Lost"), facets(), user, NOW));
        Optional<Integer> accepted = db.unitOfWork.inTenant(
                tenant, () -> entries.update(tenant, current.version(), profile("Quokka 2"), facets(), user, NOW));

        assertThat(refused).isEmpty();
        assertThat(accepted).contains(2);
        var history = db.unitOfWork.inShared(() -> entries.history(tenant, PageRequest.first(10)));
        assertThat(history.items()).extracting(v -> v.version()).containsExactly(2, 1);
        assertThat(history.items().get(0).author()).isEqualTo(user);
        assertThat(history.items().get(1).author()).isEqualTo(SEED);
    }

    @Test
    void tenant_a_cannot_forge_a_version_of_tenant_b_through_plain_inserts() {
        assertThatThrownBy(() -> db.unitOfWork.inTenant(
                        tenantA,
                        () -> db.database
                                .dsl()
                                .execute(
                                        "insert into directory_entry_versions (tenant_id, version, profile, author_id,"
                                                + " author_name, recorded_at) values (?, 99, '{}', 'x', 'x', now())",
                                        tenantB.value())))
                .hasMessageContaining("row-level security");
    }

    @Test
    void search_ignores_accents_and_case_and_takes_prefixes() {
        assertThat(search("zebulon equite")).containsExactly(tenantA);
        assertThat(search("ÉQUIT")).containsExactly(tenantA);
        assertThat(search("xylofoon ombudsd")).containsExactly(tenantB);
        assertThat(search("zebulon xylofoon")).isEmpty();
    }

    private static List<TenantId> search(String text) {
        DirectoryFilter filter =
                new DirectoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text));
        return db.unitOfWork.inShared(() -> entries.search(filter, PageRequest.first(100))).items().stream()
                .map(InstitutionEntry::tenant)
                .filter(t -> t.equals(tenantA) || t.equals(tenantB))
                .toList();
    }

    private static InstitutionEntry entryOf(TenantId tenant) {
        return db.unitOfWork.inShared(entries::all).stream()
                .filter(e -> e.tenant().equals(tenant))
                .findFirst()
                .orElseThrow();
    }

    private static SearchFacets facets() {
        return new SearchFacets(List.of(), List.of(AreaCode.BRUSSELS));
    }

    private static InstitutionProfile profile(String frenchName) {
        return new InstitutionProfile(
                new LocalizedText(Map.of(Language.FR, frenchName)),
                Optional.empty(),
                ContactChannels.none(),
                List.of(Language.FR),
                List.of(Competence.forLevel(AdminLevel.LOCAL, AreaCode.BRUSSELS)),
                new Admissibility(true, OptionalInt.of(12), false, true),
                new ReferralIntake(true, 5),
                List.of());
    }
}
