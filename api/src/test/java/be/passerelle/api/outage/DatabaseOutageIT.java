package be.passerelle.api.outage;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.OpenApiConformance;
import be.passerelle.api.ReferralFixtures.ReferralBuilder;
import be.passerelle.api.TenantPredicateCheck;
import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.testing.CrashableDatabase;
import be.passerelle.infra.testing.KeycloakTestServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL crashed under load (SPEC §7): writers create referrals with {@code Idempotency-Key}s
 * and retry each failed request with the same key; the test kills the database with {@code pg_ctl
 * stop -m immediate}, keeps writing, and starts it again on the same port and data. While it is
 * down every answer is a quick 503 problem with {@code Retry-After}; after its return the API
 * serves again within 30 s by itself; every acknowledged write is there, and no key created two
 * referrals.
 *
 * <p>Its own database (crashing the shared one would break every other test of the run) and so its
 * own application context, on the shared real Keycloak. The API's clock is the real one plus a
 * shift the test controls: an {@code Idempotency-Key} claimed just before the crash, whose release
 * the crash prevented, is taken over after {@link IdempotentRequests#ABANDONED_AFTER}; the test
 * moves the clock past that instead of waiting.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.db.embedded.enabled=false",
            "passerelle.db.connection-timeout=1s",
            "passerelle.seed.import-on-start=true",
            "passerelle.seed.accepting-referrals=federal-ombudsman,mediateur-wallonie-fwb,vlaamse-ombudsdienst,energy-ombudsman",
            "passerelle.openapi.issuer=http://localhost:8180/realms/passerelle",
            "passerelle.keycloak.admin.client-secret=dev-only-passerelle-admin-secret",
            "passerelle.keycloak.admin.second-factor=false",
            "passerelle.tenants.reconciler.enabled=false",
            "passerelle.webhooks.dispatcher-enabled=false",
            "passerelle.statistics.public-cache-ttl=0s",
            "passerelle.encryption.keyset=" + DevelopmentKeysets.FIELDS,
            "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS,
            // the keyring before Tink, so that values of the old format are still opened
            "passerelle.encryption.keys=dev-1:kS3T1WO+eJSHSdSPNV2D6291FddYL+xEw76IgBHTCSM=",
            "passerelle.encryption.hmac.key=cOFRqHtIsDq8+bbII1RKRV2uUyRK5ww+PoJv8P0dELI="
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TenantPredicateCheck.class)
class DatabaseOutageIT {
    private static final Map<String, ReferralBuilder> BODIES = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CrashableDatabase DATABASE = CrashableDatabase.start();
    private static final ShiftedClock CLOCK = new ShiftedClock();
    private static final int WRITERS = 4;
    /** Each answer during the outage must come within this (the pool waits 1 s for a connection). */
    private static final Duration QUICK = Duration.ofSeconds(5);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    private int port;

    @TestBean(name = "clock", methodName = "shiftedClock")
    private Clock clock;

    @Autowired
    @Qualifier("applicationDataSource")
    private HikariDataSource applicationPool;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        DATABASE.database().properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add(
                "passerelle.security.issuer", () -> KeycloakTestServer.shared().issuer());
    }

    static Clock shiftedClock() {
        return CLOCK;
    }

    @AfterAll
    static void stopDatabase() {
        DATABASE.close();
    }

    @Test
    void a_crashed_database_gives_quick_503s_recovers_by_itself_and_keeps_every_acknowledged_write() throws Exception {
        String token = KeycloakTestServer.client().accessToken("wal-agent", "demo");
        // Up and holding the realm's keys (the first token fetches them from a busy Keycloak).
        await(
                () -> statusOf(request("/api/v1/me", token).GET().build()) == 200,
                Duration.ofSeconds(60),
                "the API accepts the token before the test starts");
        Writers writers = new Writers(token);
        writers.start();
        try {
            await(() -> writers.acknowledged() >= 8, Duration.ofSeconds(60), "writers acknowledged before the crash");

            DATABASE.crash();
            await(
                    () -> writers.failures() >= WRITERS,
                    Duration.ofSeconds(15),
                    "writers see the outage (" + writers.statuses + ")");
            // Requests that committed just before the crash have been answered by now.
            int acknowledgedInOutage = writers.acknowledged();

            List<Probe> probes = duringOutage(token);
            for (Probe probe : probes) {
                assertThat(probe.status()).as(probe.toString()).isEqualTo(503);
                assertThat(probe.elapsed()).as(probe.toString()).isLessThan(QUICK);
                if (!probe.path().startsWith("/actuator")) {
                    assertThat(probe.contentType()).as(probe.toString()).startsWith("application/problem+json");
                    assertThat(probe.retryAfter()).as(probe.toString()).isNotNull();
                    assertThat(probe.body()).as(probe.toString()).doesNotContain("Exception", "PSQL", "at be.");
                }
            }
            // Once the probes are answered only the writers' own requests may still wait for a
            // connection: nothing piles up behind them.
            await(
                    () -> applicationPool.getHikariPoolMXBean().getThreadsAwaitingConnection() <= WRITERS,
                    QUICK,
                    "no request left waiting for a connection but the writers'");
            assertThat(writers.acknowledged() - acknowledgedInOutage)
                    .as("nothing is acknowledged while the database is down")
                    .isZero();
            Map<String, Long> slowest503 = new TreeMap<>();
            probes.forEach(p -> slowest503.merge(p.path(), p.elapsed().toMillis(), Math::max));

            DATABASE.restart();
            Instant restarted = Instant.now();
            int acknowledgedAtRestart = writers.acknowledged();
            await(
                    () -> serves(token, writers),
                    Duration.ofSeconds(30),
                    "the API serves again within 30 s of the database's return");
            Duration recovery = Duration.between(restarted, Instant.now());
            // Keys claimed just before the crash, whose release the crash prevented, are taken over
            // once abandoned: move the API's clock past that instead of waiting two minutes.
            CLOCK.shift(IdempotentRequests.ABANDONED_AFTER.plusSeconds(1));
            await(
                    () -> writers.acknowledged() >= acknowledgedAtRestart + 8,
                    Duration.ofSeconds(60),
                    "writers acknowledged after the restart");
            writers.finish(Duration.ofSeconds(60));

            Map<String, String> acknowledged = writers.acknowledgedByKey();
            Map<String, Integer> stored = storedReferralsBySubject();
            Set<String> storedIds = storedReferralIds();
            assertThat(storedIds).as("every acknowledged write is there").containsAll(acknowledged.values());
            assertThat(stored.values()).as("one referral per Idempotency-Key").containsOnly(1);
            assertThat(stored.keySet())
                    .as("every key that created a referral was acknowledged")
                    .containsExactlyInAnyOrderElementsOf(acknowledged.keySet().stream()
                            .map(DatabaseOutageIT::subject)
                            .toList());
            assertThat(writers.statuses)
                    .as("never a 500, every request answered")
                    .doesNotContainKeys(500, -1);
            assertThat(writers.statuses).containsKey(503);

            System.out.printf(
                    "DatabaseOutageIT: %d writes acknowledged (%d replays of a key's first response), %d found after"
                            + " the outage, %d duplicates; %d probes during the outage all 503, slowest (ms) %s;"
                            + " writers saw %s; served again %d ms after the restart%n",
                    acknowledged.size(),
                    writers.replays.get(),
                    acknowledged.values().stream().filter(storedIds::contains).count(),
                    stored.values().stream().mapToInt(n -> n - 1).sum(),
                    probes.size(),
                    slowest503,
                    writers.statuses,
                    recovery.toMillis());
        } finally {
            writers.abort();
        }
    }

    /** Concurrent requests of several kinds while the database is down, each timed. */
    private List<Probe> duringOutage(String token) throws Exception {
        List<String> paths = List.of(
                "/api/v1/referrals?box=sent",
                "/api/v1/me",
                "/api/v1/directory/institutions",
                "/actuator/health",
                "/actuator/health/readiness",
                "POST /api/v1/referrals");
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Probe>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String path = paths.get(i % paths.size());
                String key = "outage-probe-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    if (path.startsWith("POST ")) {
                        return timed(path.substring(5), create(token, key));
                    }
                    boolean anonymous = path.startsWith("/actuator") || path.contains("/directory/");
                    return timed(
                            path, request(path, anonymous ? null : token).GET().build());
                }));
            }
            start.countDown();
            List<Probe> probes = new ArrayList<>();
            for (Future<Probe> future : futures) {
                probes.add(future.get(30, TimeUnit.SECONDS));
            }
            return probes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The health check and a write both succeed (the write retried with one key, like the writers:
     * an attempt answered 503 may still have committed).
     */
    private boolean serves(String token, Writers writers) {
        try {
            if (send(request("/actuator/health", null).GET().build()).statusCode() != 200) {
                return false;
            }
            String key = "outage-recovery";
            HttpResponse<String> created = send(create(token, key));
            if (created.statusCode() == 201) {
                writers.acknowledge(key, created);
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private int statusOf(HttpRequest request) {
        try {
            return send(request).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private Probe timed(String path, HttpRequest request) throws IOException {
        long started = System.nanoTime();
        HttpResponse<String> response = send(request);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new Probe(
                path,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body(),
                elapsed);
    }

    private HttpRequest create(String token, String key) {
        return request("/api/v1/referrals", token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body(key)))
                .build();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(15));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return OpenApiConformance.committed()
                    .check(request, http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String subject(String key) {
        return "Outage " + key;
    }

    /** The same body for the same key: a retry must be the same request. */
    private static String body(String key) {
        return BODIES.computeIfAbsent(key, k -> aReferral().to(NRJ).subject(subject(k)))
                .toString();
    }

    private static Map<String, Integer> storedReferralsBySubject() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DATABASE.superuser("passerelle");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select subject, count(*) from referrals where subject like 'Outage %' group by subject")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static Set<String> storedReferralIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DATABASE.superuser("passerelle");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id::text from referrals")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static void await(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        CountDownLatch never = new CountDownLatch(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            never.await(50, TimeUnit.MILLISECONDS);
        }
    }

    /** One request during the outage. */
    private record Probe(
            String path, int status, String contentType, String retryAfter, String body, Duration elapsed) {}

    /**
     * Client threads that create referrals one key at a time and retry a key, with the same body,
     * until it is acknowledged with a 2xx, as a well-behaved integration would.
     */
    private final class Writers {
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger replays = new AtomicInteger();
        private final String token;
        private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicLong sequence = new AtomicLong();
        private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        private final List<Future<?>> running = new ArrayList<>();
        private final CountDownLatch stop = new CountDownLatch(1);
        private volatile boolean finishing;

        Writers(String token) {
            this.token = token;
        }

        void start() {
            for (int i = 0; i < WRITERS; i++) {
                running.add(threads.submit(this::write));
            }
        }

        private Void write() throws InterruptedException {
            while (!finishing) {
                String key = "outage-" + sequence.incrementAndGet();
                while (!acknowledged.containsKey(key)) {
                    if (stop.getCount() == 0) {
                        return null;
                    }
                    try {
                        HttpResponse<String> response = send(create(token, key));
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                .incrementAndGet();
                        if (response.statusCode() / 100 == 2) {
                            acknowledge(key, response);
                            continue;
                        }
                    } catch (IOException e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                    failures.incrementAndGet();
                    // A short pause before the retry (the 503s themselves take the pool's timeout).
                    stop.await(100, TimeUnit.MILLISECONDS);
                }
            }
            return null;
        }

        void acknowledge(String key, HttpResponse<String> response) {
            JsonNode created = JSON.readTree(response.body());
            acknowledged.put(key, created.path("id").asString());
            if ("true"
                    .equals(response.headers().firstValue("Idempotent-Replayed").orElse(null))) {
                replays.incrementAndGet();
            }
        }

        int acknowledged() {
            return acknowledged.size();
        }

        int failures() {
            return failures.get();
        }

        Map<String, String> acknowledgedByKey() {
            return Map.copyOf(acknowledged);
        }

        /** Each writer completes its current key, then stops. */
        void finish(Duration within) throws Exception {
            finishing = true;
            long deadline = System.nanoTime() + within.toNanos();
            for (Future<?> writer : running) {
                writer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        }

        void abort() {
            stop.countDown();
            threads.shutdownNow();
        }
    }

    /** The real clock plus a shift the test sets. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
