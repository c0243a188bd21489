package be.passerelle.infra.database;

import be.passerelle.infra.LocalTcpPorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (the official binaries, shipped as a Maven artifact), with either a
 * persistent data directory that survives restarts or a throw-away one for tests.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code port} (0 for any free port). With a data directory the data is
     * durable ({@code fsync} and synchronous commit on) and a server left running by a killed
     * process is stopped first; without one the data is thrown away and durability is traded for
     * speed.
     */
    public static EmbeddedDatabaseServer start(Optional<Path> dataDirectory, int port, boolean stopOnJvmExit) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(stopOnJvmExit)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                LocalTcpPorts.requireFree(port, "the embedded PostgreSQL");
                builder.setPort(port);
            }
            if (dataDirectory.isPresent()) {
                Path directory = dataDirectory.get().toAbsolutePath();
                Files.createDirectories(directory.getParent());
                stopLeftoverServer(directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return new EmbeddedDatabaseServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** Creates the database and the roles if missing. */
    public void ensureRoles(DatabaseRoles.Plan plan) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            DatabaseRoles.ensure(connection, plan);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded database", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** After a {@code kill -9} of the application the postmaster survives and would block the start. */
    private static void stopLeftoverServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (leftover.isPresent()) {
            log.warn("stopping a PostgreSQL server left running on {} (pid {})", directory, pid);
            leftover.get().destroy();
            leftover.get()
                    .onExit()
                    .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        }
    }
}
