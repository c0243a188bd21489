package be.passerelle.persistence;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import be.passerelle.persistence.tenant.TenantPersistenceConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Persistence adapters on the shared test database (migrated once per JVM), for integration tests
 * of this module and of the modules above it.
 */
public final class TestPersistence {
    private static TestPersistence shared;

    public final DatabaseSettings settings;
    public final HikariDataSource applicationPool;
    public final HikariDataSource systemPool;
    public final Database database;
    public final UnitOfWork unitOfWork;

    private TestPersistence(DatabaseSettings settings) {
        this.settings = settings;
        this.applicationPool = ConnectionPools.application(settings);
        this.systemPool = ConnectionPools.system(settings);
        this.database =
                new Database(applicationPool, systemPool, List.of(TenantPredicateGuard.loadedFrom(applicationPool)));
        this.unitOfWork = new JooqUnitOfWork(applicationPool, systemPool);
    }

    public static synchronized TestPersistence shared() {
        if (shared == null) {
            DatabaseSettings settings = settings(TestDatabases.shared(), 4);
            DatabaseMigrator.migrate(settings);
            shared = new TestPersistence(settings);
        }
        return shared;
    }

    /** A separate pair of pools on the shared (migrated) database, e.g. with a single connection. */
    public static TestPersistence withApplicationPoolOf(int size) {
        shared();
        return new TestPersistence(settings(TestDatabases.shared(), size));
    }

    static DatabaseSettings settings(TestDatabase database, int appPoolSize) {
        return new DatabaseSettings(
                database.url(),
                new DatabaseSettings.Credentials(
                        database.owner().user(), database.owner().password()),
                new DatabaseSettings.Credentials(
                        database.app().user(), database.app().password()),
                new DatabaseSettings.Credentials(
                        database.system().user(), database.system().password()),
                appPoolSize,
                2,
                Duration.ofSeconds(5));
    }

    /** Creates an active tenant with a unique slug starting with {@code prefix}. */
    public TenantId newTenant(String prefix) {
        TenantId id = new TenantId(UUID.randomUUID());
        String slug = prefix + "-" + id.value().toString().substring(0, 8);
        unitOfWork.inSystem(
                SystemOperation.SEED_IMPORT,
                () -> new TenantPersistenceConfiguration()
                        .tenants(database)
                        .addIfAbsent(new Tenant(
                                id,
                                new TenantSlug(slug),
                                TenantKind.LOCAL,
                                new LocalizedText(Map.of(Language.FR, "Médiateur " + slug)),
                                List.of(Language.FR),
                                TenantStatus.ACTIVE,
                                true,
                                5)));
        return id;
    }

    public void close() {
        applicationPool.close();
        systemPool.close();
    }
}
