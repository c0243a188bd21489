package be.passerelle.infra.testing;

import be.passerelle.infra.database.DatabaseRoles;
import be.passerelle.infra.database.EmbeddedDatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL that integration tests run on, one per test JVM, chosen in this order:
 *
 * <ol>
 *   <li>{@code PASSERELLE_TEST_DB_URL} (with {@code PASSERELLE_TEST_DB_USER} and {@code
 *       PASSERELLE_TEST_DB_PASSWORD}, a user allowed to create roles and databases): a fresh
 *       database is created there for the run;
 *   <li>Testcontainers, when a Docker engine answers;
 *   <li>otherwise the embedded PostgreSQL binaries, in a temporary directory.
 * </ol>
 *
 * In every case the roles are prepared as in production: migrations run as the owner, the
 * application and system roles are {@code NOSUPERUSER NOBYPASSRLS} and own nothing.
 */
public final class TestDatabases {
    private static final String PASSWORD = "test-only";
    private static TestDatabase shared;

    private TestDatabases() {}

    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestDatabase start() {
        String database =
                "passerelle_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        DatabaseRoles.Plan plan = new DatabaseRoles.Plan(
                database,
                new DatabaseRoles.Login("passerelle_owner", PASSWORD),
                new DatabaseRoles.Login("passerelle_app", PASSWORD),
                new DatabaseRoles.Login("passerelle_system", PASSWORD));
        String external = System.getenv("PASSERELLE_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("PASSERELLE_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("PASSERELLE_TEST_DB_PASSWORD", "");
            prepare(external, user, password, plan);
            return database(replaceDatabase(external, database), plan);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            prepare(container.getJdbcUrl(), container.getUsername(), container.getPassword(), plan);
            return database(replaceDatabase(container.getJdbcUrl(), database), plan);
        }
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(Optional.empty(), 0, true);
        server.ensureRoles(plan);
        return database(server.jdbcUrl(database), plan);
    }

    private static TestDatabase database(String url, DatabaseRoles.Plan plan) {
        return new TestDatabase(url, plan.owner(), plan.app(), plan.system());
    }

    private static void prepare(String url, String user, String password, DatabaseRoles.Plan plan) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            DatabaseRoles.ensure(connection, plan);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database at " + url, e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The same server, another database: {@code jdbc:postgresql://host:port/db?params}. */
    static String replaceDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
