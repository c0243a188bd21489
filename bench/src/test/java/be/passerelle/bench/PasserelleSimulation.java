package be.passerelle.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The benchmark's load (SPEC §6), endpoint after endpoint: a warm-up, then a closed model at 1, 8
 * and 32 concurrent clients (each client sends its next request when the previous one is
 * answered: the maximum throughput), then an open model at a fixed arrival rate (requests arrive
 * whether or not earlier ones were answered, so queueing shows in the latency). Each phase names
 * its requests {@code <endpoint> <phase>}; bench/report.py turns Gatling's statistics into the table.
 *
 * <p>Settings (environment): BENCH_BASE_URL, BENCH_TOKEN_URL, BENCH_ENDPOINTS (comma-separated),
 * BENCH_SECONDS (per phase), BENCH_WARMUP_SECONDS, BENCH_RATE_&lt;ENDPOINT&gt; (open-model requests
 * per second, e.g. BENCH_RATE_REFERRAL_CREATE).
 */
public class PasserelleSimulation extends Simulation {
    private static final List<String> SLUGS = List.of(
            "federal-ombudsman",
            "mediateur-wallonie-fwb",
            "vlaamse-ombudsdienst",
            "energy-ombudsman",
            "insurance-ombudsman",
            "tax-conciliation",
            "kinderrechtencommissariaat",
            "ombudsdienst-dg");
    private static final List<String> MATCHES = List.of(
            "{\"postalCode\":\"4000\",\"sector\":\"energy\",\"language\":\"fr\"}",
            "{\"postalCode\":\"9000\",\"adminLevel\":\"REGIONAL\",\"language\":\"nl\"}",
            "{\"postalCode\":\"4700\",\"sector\":\"energy\",\"language\":\"de\"}",
            "{\"postalCode\":\"1000\",\"adminLevel\":\"REGIONAL\",\"language\":\"fr\"}");
    private static final AtomicLong CREATED = new AtomicLong();

    private final Tokens tokens = new Tokens(
            setting("BENCH_TOKEN_URL", "http://localhost:8180/realms/passerelle/protocol/openid-connect/token"));
    private final int seconds = Integer.parseInt(setting("BENCH_SECONDS", "15"));
    private final int warmup = Integer.parseInt(setting("BENCH_WARMUP_SECONDS", "5"));

    {
        Map<String, Supplier<HttpRequestActionBuilder>> requests = new LinkedHashMap<>();
        requests.put(
                "directory-get", () -> http("#{name}").get(session -> "/api/v1/directory/institutions/" + pick(SLUGS)));
        requests.put(
                "directory-match",
                () -> http("#{name}")
                        .post("/api/v1/directory/match")
                        .header("Content-Type", "application/json")
                        .body(StringBody(session -> pick(MATCHES))));
        requests.put(
                "referral-create",
                () -> http("#{name}")
                        .post("/api/v1/referrals")
                        .header("Authorization", session -> "Bearer " + tokens.of("wal-agent"))
                        .header("Content-Type", "application/json")
                        .body(StringBody(session -> referral())));
        requests.put(
                "referrals-received",
                () -> http("#{name}")
                        .get("/api/v1/referrals?box=received")
                        .header("Authorization", session -> "Bearer " + tokens.of("nrj-agent")));
        requests.put("statistics-network", () -> http("#{name}").get("/api/v1/statistics/network?year=2025"));
        requests.put("referral-flows", () -> http("#{name}").get("/api/v1/statistics/referral-flows?year=2025"));

        List<String> endpoints = Arrays.stream(setting("BENCH_ENDPOINTS", String.join(",", requests.keySet()))
                        .split(","))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .toList();
        List<PopulationBuilder> phases = new ArrayList<>();
        for (String endpoint : endpoints) {
            Supplier<HttpRequestActionBuilder> request = requests.get(endpoint);
            if (request == null) {
                throw new IllegalArgumentException("unknown endpoint " + endpoint + "; known: " + requests.keySet());
            }
            int rate = Integer.parseInt(
                    setting("BENCH_RATE_" + endpoint.toUpperCase().replace('-', '_'), "50"));
            phases.add(phase(endpoint, "warmup", request)
                    .injectClosed(constantConcurrentUsers(8).during(warmup)));
            for (int clients : new int[] {1, 8, 32}) {
                phases.add(phase(endpoint, "c" + clients, request)
                        .injectClosed(constantConcurrentUsers(clients).during(seconds)));
            }
            phases.add(phase(endpoint, "open@" + rate + "/s", request)
                    .injectOpen(constantUsersPerSec(rate).during(seconds)));
        }
        PopulationBuilder chain = phases.get(0);
        for (PopulationBuilder next : phases.subList(1, phases.size())) {
            chain = chain.andThen(next);
        }
        setUp(chain)
                .protocols(http.baseUrl(setting("BENCH_BASE_URL", "http://localhost:8080"))
                        .acceptHeader("application/json")
                        .shareConnections()
                        .disableCaching());
    }

    private static io.gatling.javaapi.core.ScenarioBuilder phase(
            String endpoint, String phase, Supplier<HttpRequestActionBuilder> request) {
        String name = endpoint + " " + phase;
        ChainBuilder once = exec(session -> {
                    PhaseWindows.seen(name);
                    return session.set("name", name);
                })
                .exec(request.get().check(status().in(200, 201)));
        return scenario(name).exec(once);
    }

    /** Writes when each phase ran, so that bench/profile.py can cut the API's profile by phase. */
    @Override
    public void after() {
        PhaseWindows.write(setting("BENCH_PHASES_FILE", "target/phases.txt"));
    }

    private static String referral() {
        long n = CREATED.incrementAndGet();
        return "{\"receiver\":\"energy-ombudsman\",\"subject\":\"Benchmark " + n + "\","
                + "\"summary\":\"La facture de regularisation est contestee.\",\"sector\":\"energy\","
                + "\"language\":\"fr\",\"citizen\":{\"firstName\":\"Marie\",\"lastName\":\"Dubois\","
                + "\"email\":\"marie.dubois@example.org\",\"postalCode\":\"4000\",\"preferredLanguage\":\"fr\"},"
                + "\"consent\":{\"given\":true,\"obtainedAt\":\"2026-11-20T10:15:30Z\",\"channel\":\"email\","
                + "\"textVersion\":\"2026-01\"},\"priorContactMade\":true,\"externalReference\":\"BENCH-" + n + "\"}";
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
