package be.passerelle.infra.keycloak;

import be.passerelle.infra.LocalTcpPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak server run from the official distribution ({@code keycloak-quarkus-dist}, fetched
 * through Maven) in development mode, with the realm file imported. Serves the local stack and the
 * end-to-end tests. The distribution is copied once into a work directory that holds this
 * instance's data, so the unpacked distribution itself is never written to.
 */
public final class LocalKeycloak implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);
    public static final String REALM = "passerelle";

    /** Where the distribution is, where this instance lives, which ports, which realm file. */
    public record Options(
            Path distribution,
            Path workDirectory,
            int httpPort,
            int managementPort,
            Path realmFile,
            boolean freshData) {
        public Options {
            Objects.requireNonNull(distribution, "distribution");
            Objects.requireNonNull(workDirectory, "workDirectory");
            Objects.requireNonNull(realmFile, "realmFile");
        }
    }

    private final Options options;
    private final Process process;

    private LocalKeycloak(Options options, Process process) {
        this.options = options;
        this.process = process;
    }

    /** Starts the server; returns at once (see {@link #awaitReady(Duration)}). */
    public static LocalKeycloak start(Options options) {
        try {
            Path work = options.workDirectory().toAbsolutePath();
            if (!Files.isRegularFile(options.distribution().resolve("bin/kc.sh"))) {
                throw new IllegalStateException("no Keycloak distribution at " + options.distribution()
                        + " (it is unpacked by the Maven build: ./mvnw package)");
            }
            stopLeftover(work);
            LocalTcpPorts.requireFree(options.httpPort(), "Keycloak");
            LocalTcpPorts.requireFree(options.managementPort(), "Keycloak's management interface");
            if (!Files.isRegularFile(work.resolve("bin/kc.sh"))) {
                copyTree(options.distribution(), work);
            }
            if (options.freshData()) {
                deleteTree(work.resolve("data/h2"));
            }
            Path imports = Files.createDirectories(work.resolve("data/import"));
            Files.copy(
                    options.realmFile(), imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path logFile = work.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            "bash",
                            work.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + options.httpPort(),
                            "--http-management-port=" + options.managementPort(),
                            "--import-realm",
                            // API-client secret rotation with a grace period (client policies)
                            "--features=client-secret-rotation",
                            "--health-enabled=true"))
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            // The master realm's admin console user (development only).
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Process process = builder.start();
            Files.writeString(work.resolve("keycloak.pid"), Long.toString(process.pid()));
            log.info("Keycloak starting on port {} (log: {})", options.httpPort(), logFile);
            return new LocalKeycloak(options, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak", e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + options.httpPort();
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** Waits until the realm answers its OpenID discovery document. */
    public void awaitReady(Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see "
                        + options.workDirectory().resolve("keycloak.log"));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            process.onExit().completeOnTimeout(null, 250, TimeUnit.MILLISECONDS).join();
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop(process.toHandle());
    }

    private static void stop(ProcessHandle handle) {
        List<ProcessHandle> tree = handle.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        handle.destroy();
        for (ProcessHandle p : tree) {
            p.onExit().completeOnTimeout(p, 20, TimeUnit.SECONDS).join();
            p.destroyForcibly();
        }
        handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS).join();
        handle.destroyForcibly();
    }

    /** A previous run killed with -9 leaves Keycloak running on the ports: stop it. */
    private static void stopLeftover(Path work) throws IOException {
        Path pidFile = work.resolve("keycloak.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().commandLine().map(c -> c.contains("kc.sh")).orElse(false))
                    .ifPresent(p -> {
                        log.warn("stopping a Keycloak left running (pid {})", pid);
                        stop(p);
                    });
        } catch (NumberFormatException e) {
            // not ours
        }
        Files.deleteIfExists(pidFile);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        deleteTree(partial);
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(partial.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, partial.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        deleteTree(to);
        Files.move(partial, to);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
