package be.passerelle.infra.testing;

import be.passerelle.infra.database.DatabaseRoles;
import be.passerelle.infra.database.EmbeddedDatabaseServer;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL of one test's own, which the test may crash ({@code pg_ctl stop -m
 * immediate}: every backend killed at once, no checkpoint, crash recovery at the next start) and
 * start again on the same port and data directory. Never the shared instance of {@link
 * TestDatabases}: every other integration test of the JVM runs on that one.
 */
public final class CrashableDatabase implements AutoCloseable {
    private static final String PASSWORD = "test-only";
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final EmbeddedDatabaseServer server;
    private final TestDatabase database;
    private final Path home;
    private final Path dataDirectory;
    private final Path binaries;
    private final List<String> serverOptions;

    private CrashableDatabase(
            EmbeddedDatabaseServer server,
            TestDatabase database,
            Path home,
            Path dataDirectory,
            Path binaries,
            List<String> serverOptions) {
        this.server = server;
        this.database = database;
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.binaries = binaries;
        this.serverOptions = serverOptions;
    }

    /**
     * Starts a throw-away server with the three roles and an empty database {@code passerelle}. Its
     * commits are durable as in production ({@code synchronous_commit}, {@code fsync}): the
     * library's test defaults acknowledge a commit before its WAL is written, which a crash loses.
     */
    public static CrashableDatabase start() {
        Path home;
        try {
            home = Files.createTempDirectory("passerelle-crashable-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dataDirectory = home.resolve("pgdata");
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(Optional.of(dataDirectory), 0, true);
        DatabaseRoles.Plan plan = new DatabaseRoles.Plan(
                "passerelle",
                new DatabaseRoles.Login("passerelle_owner", PASSWORD),
                new DatabaseRoles.Login("passerelle_app", PASSWORD),
                new DatabaseRoles.Login("passerelle_system", PASSWORD));
        server.ensureRoles(plan);
        TestDatabase database =
                new TestDatabase(server.jdbcUrl(plan.database()), plan.owner(), plan.app(), plan.system());
        // The postmaster's command line as it was started: binary, then quoted arguments.
        String command = read(dataDirectory.resolve("postmaster.opts")).strip();
        Path postgres = Path.of(command.substring(0, command.indexOf(' ')));
        List<String> arguments = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(command);
        while (quoted.find()) {
            arguments.add(quoted.group(1));
        }
        int data = arguments.indexOf("-D");
        if (data >= 0) {
            arguments.subList(data, data + 2).clear();
        }
        return new CrashableDatabase(
                server, database, home, dataDirectory, postgres.getParent(), List.copyOf(arguments));
    }

    /** The API's settings for this database. */
    public TestDatabase database() {
        return database;
    }

    /** A superuser connection to {@code database} (row-level security does not apply to it). */
    public Connection superuser(String database) throws SQLException {
        return superuser(server.port(), database);
    }

    /** Kills the server the hard way: no shutdown checkpoint, clients see their connections drop. */
    public void crash() {
        pgCtl("stop", "-m", "immediate", "-w", "-t", "30");
    }

    /** Starts the crashed server again, same port and data; returns once it accepts connections. */
    public void restart() {
        pgCtl(
                "start",
                "-w",
                "-t",
                "60",
                "-l",
                dataDirectory
                        .resolveSibling(dataDirectory.getFileName() + "-restart.log")
                        .toString(),
                "-o",
                String.join(" ", serverOptions));
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        // The embedded binaries refuse to run as root; as the library itself does, run them in a
        // user namespace where available.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.resolve("pg_ctl").toString());
        command.addAll(List.of("-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl did not finish: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl failed (" + process.exitValue() + "): " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Connection superuser(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
