package be.passerelle.api.abuse;

import static be.passerelle.api.DemoTenant.FED;
import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.ReferralFixtures.aDeclineSuggesting;
import static be.passerelle.api.ReferralFixtures.aForward;
import static be.passerelle.api.ReferralFixtures.aMessage;
import static be.passerelle.api.ReferralFixtures.aReason;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static be.passerelle.api.ReferralFixtures.closedAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.OpenApiConformance;
import be.passerelle.api.abuse.HostileRequests.Baseline;
import be.passerelle.api.abuse.OpenApiOperations.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input on every operation of the committed OpenAPI document: for each one, variants of a
 * valid baseline with one thing broken (path ids, query parameters, headers, JSON syntax, each
 * property's type, presence, length, range and characters, the body's size, the content type,
 * {@code Accept}), sent anonymously and with the token of a role allowed to call it. Every answer
 * is a 4xx RFC 9457 problem (a read may also answer a request it can ignore), never a 5xx, never a
 * stack trace or an exception's name; and the business tables have as many rows afterwards as
 * before. An operation added to the document without a baseline here fails the suite.
 */
class HostileInputIT extends ApiIntegrationTest {
    private static final String WAL = "mediateur-wallonie-fwb";
    private static final String STALE = "\"999999\"";
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "at be.passerelle",
            "at org.",
            "at java.",
            "org.springframework",
            "java.lang",
            "tools.jackson",
            "com.fasterxml",
            "org.postgresql",
            "org.jooq",
            "SQLState",
            "ERROR: ",
            "<html",
            "Tomcat");

    /** Valid bodies, one per operation that takes JSON; the variants break one thing at a time. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("PUT /api/v1/directory/institutions/{slug}", """
                    {"names":{"fr":"Médiateur"},"descriptions":{"fr":"Description"},"languages":["fr"],
                     "admissibility":{"anonymousAccepted":false,"priorContactRequired":true,"maxComplaintAgeMonths":12},
                     "competences":[{"territory":["BE-WAL"],"sector":"energy","adminLevel":"REGIONAL",
                                     "bodies":["x"],"excludesAreas":["y"],"excludesBodies":["z"]}],
                     "contact":{"email":"contact@example.org","phone":"+32 81 32 19 11","website":"https://example.org",
                                "postalAddress":{"street":"Rue 1","postalCode":"5000","locality":"Namur","country":"BE"},
                                "socialMedia":[{"network":"mastodon","url":"https://example.org/@m"}]},
                     "openingHours":[{"day":"MONDAY","opens":"09:00","closes":"17:00"}],
                     "referralIntake":{"acceptsReferrals":true,"acknowledgementWorkingDays":5}}
                    """),
            Map.entry(
                    "POST /api/v1/public/referral-status",
                    "{\"reference\":\"PSR-2026-AAAAAA\",\"code\":\"ABCD-EFGH\"}"),
            Map.entry("POST /api/v1/directory/match", """
                    {"text":"facture","postalCode":"5000","language":"fr","sector":"energy","adminLevel":"REGIONAL",
                     "area":"BE-WAL","body":"x"}
                    """),
            Map.entry("POST /api/v1/referrals", aReferral().to(NRJ).toString()),
            Map.entry("POST /api/v1/referrals/{id}/close", closedAs("RESOLVED")),
            Map.entry("POST /api/v1/referrals/{id}/decline", aDeclineSuggesting(FED)),
            Map.entry("POST /api/v1/referrals/{id}/forward", aForward().toString()),
            Map.entry("POST /api/v1/referrals/{id}/messages", aMessage()),
            Map.entry("POST /api/v1/referrals/{id}/withdraw", aReason()),
            Map.entry(
                    "PUT /api/v1/referrals/{id}/assignment",
                    "{\"assigneeId\":\"00000000-0000-0000-0000-000000000000\"}"),
            Map.entry("PUT /api/v1/statistics/reports/{year}", """
                    {"complaintsReceived":10,"informationRequests":0,"admissible":5,"inadmissible":5,"closed":4,
                     "founded":1,"partlyFounded":1,"unfounded":1,"noJudgement":1,"resolved":1,"partlyResolved":1,
                     "unresolved":1,"outsideCompetence":0,"referredOut":0,"medianHandlingDays":30.5,
                     "handlingDaysBuckets":{"0-20":1,"21-45":1,"46-90":1,">90":1},
                     "bySector":{"energy":3},"byLanguage":{"fr":5,"nl":1,"de":1,"en":1,"other":1}}
                    """),
            Map.entry("PUT /api/v1/taxonomy/areas/{code}", "{\"labels\":{\"fr\":\"Zone\",\"nl\":\"Zone\"}}"),
            Map.entry("PUT /api/v1/taxonomy/sectors/{code}", "{\"labels\":{\"fr\":\"Secteur\",\"nl\":\"Sector\"}}"),
            Map.entry("POST /api/v1/tenants", """
                    {"slug":"hostile-tenant","kind":"LOCAL","names":{"fr":"Hostile"},"adminEmail":"hostile@example.org"}
                    """),
            Map.entry("PATCH /api/v1/tenants/{slug}", "{\"kind\":\"LOCAL\",\"names\":{\"fr\":\"Hostile\"}}"),
            Map.entry("PUT /api/v1/tenants/{slug}/rate-limit", "{\"requestsPerWindow\":90000000}"),
            // IMMEDIATELY writes no row, so that a variant the API accepts changes no business table
            Map.entry("PUT /api/v1/me/notification-preferences", "{\"preferences\":{\"ACCEPTED\":\"IMMEDIATELY\"}}"),
            Map.entry(
                    "PUT /api/v1/tenants/{slug}/notification-settings",
                    "{\"intakeAddress\":\"hostile@example.org\",\"escalationWorkingDays\":3}"),
            Map.entry(
                    "POST /api/v1/notification-address-confirmations",
                    "{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}"),
            Map.entry(
                    "POST /api/v1/tenants/{slug}/api-clients",
                    "{\"name\":\"hostile client\",\"scopes\":[\"referrals:read\"]}"),
            Map.entry("POST /api/v1/tenants/{slug}/users", """
                    {"email":"hostile-invite@example.org","firstName":"Host","lastName":"Ile","roles":["caseworker"]}
                    """),
            Map.entry("PATCH /api/v1/tenants/{slug}/users/{id}", "{\"enabled\":true,\"roles\":[\"caseworker\"]}"),
            Map.entry(
                    "POST /api/v1/webhooks",
                    "{\"url\":\"http://localhost:9/hostile\",\"events\":[\"referral.received\"]}"));

    /** Query parameters every variant carries (the required ones, and a valid year). */
    private static final Map<String, Map<String, String>> QUERIES = Map.of(
            "GET /api/v1/referrals", Map.of("box", "received"),
            "GET /api/v1/statistics/network", Map.of("year", "2025"),
            "GET /api/v1/statistics/institutions/{slug}", Map.of("year", "2025"),
            "GET /api/v1/statistics/referral-flows", Map.of("year", "2025"));

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> statusesByKind = new TreeMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    private record Token(String value, Instant fetched) {}

    @TestFactory
    Stream<DynamicNode> every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing() {
        Map<String, String> ids = fixtures();
        Map<String, Long> before = BusinessTables.rowCounts();
        assertThat(before)
                .containsKeys("tenants", "referrals", "directory_entries", "webhook_endpoints", "api_clients");
        assertThat(before.get("referrals")).isPositive();

        List<Operation> operations = OpenApiOperations.committed().all();
        assertThat(operations).hasSizeGreaterThan(50);
        Stream<DynamicNode> perOperation = operations.stream()
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> attack(operation, ids)));
        Stream<DynamicNode> afterwards = Stream.of(DynamicTest.dynamicTest("business tables unchanged", () -> {
            System.out.printf(
                    "hostile input: %d operations, %d requests, answers by status %s%n",
                    operations.size(), sent.get(), statuses);
            statusesByKind.forEach((kind, counts) -> System.out.printf("  %s: %s%n", kind, counts));
            assertThat(statuses.keySet()).as("no 5xx").allMatch(status -> status < 500);
            assertThat(BusinessTables.rowCounts()).isEqualTo(before);
        }));
        return Stream.concat(perOperation, afterwards);
    }

    /** Found by this suite: Keycloak's 400 (an address it refuses) was a 500. */
    @Test
    void an_email_the_identity_provider_refuses_is_a_400_problem() {
        Response response = send(
                "POST",
                "/api/v1/tenants/" + WAL + "/users",
                token("wal-admin"),
                "application/json",
                "{\"email\":\"refused-" + UUID.randomUUID() + "@example.org?\",\"roles\":[\"caseworker\"]}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    private void attack(Operation operation, Map<String, String> ids) {
        Baseline baseline = baseline(operation, ids);
        List<Hostile> variants = new ArrayList<>(HostileRequests.of(operation, baseline));
        List<String> failures = new ArrayList<>();
        if (!operation.isPublic()) {
            Hostile anonymous = Hostile.of(
                    "no token",
                    operation.method(),
                    variants.isEmpty()
                            ? plainTarget(operation, baseline)
                            : variants.get(0).pathAndQuery(),
                    baseline.headers(),
                    baseline.body() == null ? null : baseline.body().toString());
            check(anonymous, "anonymous", send(anonymous, null), failures);
        }
        String user = userFor(operation);
        for (Hostile hostile : variants) {
            check(hostile, "anonymous", send(hostile, null), failures);
            check(hostile, user, send(hostile, token(user)), failures);
        }
        assertThat(failures)
                .as("%s: %d hostile inputs, %d failures", operation, variants.size(), failures.size())
                .isEmpty();
    }

    private void check(Hostile hostile, String caller, Answer answer, List<String> failures) {
        String request = caller + " " + hostile;
        if (answer.failure() != null) {
            failures.add(request + ": no answer (" + answer.failure() + ")");
            return;
        }
        answer.departures()
                .forEach(departure -> failures.add(request + ": departs from api/openapi.json: " + departure));
        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
        statusesByKind
                .computeIfAbsent(kind(hostile.what()), k -> new TreeMap<>())
                .merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
            failures.add(request + ": " + answer.status() + " " + abbreviate(answer.body()));
            return;
        }
        if (answer.status() < 400) {
            if (!hostile.mayBeAccepted()) {
                failures.add(request + ": accepted with " + answer.status() + " " + abbreviate(answer.body()));
            }
            return;
        }
        if (hostile.what().startsWith("huge body") && answer.status() != 413) {
            failures.add(request + ": " + answer.status() + " where an oversized body is a 413");
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(request + ": " + answer.status() + " with content type '" + answer.contentType() + "' "
                    + abbreviate(answer.body()));
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            failures.add(
                    request + ": " + answer.status() + " with a body that is not JSON " + abbreviate(answer.body()));
            return;
        }
        if (problem.path("status").asInt() != answer.status()
                || !problem.path("type").asString().startsWith("/problems/")) {
            failures.add(request + ": " + answer.status() + " problem without its status or type "
                    + abbreviate(answer.body()));
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                failures.add(
                        request + ": " + answer.status() + " body reveals '" + leak + "' " + abbreviate(answer.body()));
            }
        }
        if (answer.body().length() > 4_096) {
            failures.add(request + ": " + answer.status() + " problem of "
                    + answer.body().length() + " characters");
        }
    }

    /** An answer, or why none came. */
    private record Answer(int status, String contentType, String body, List<String> departures, String failure) {}

    private Answer send(Hostile hostile, String token) {
        sent.incrementAndGet();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + hostile.pathAndQuery()))
                    .timeout(Duration.ofSeconds(30));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            hostile.headers().forEach(builder::header);
            builder.method(
                    hostile.method(),
                    hostile.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
            HttpRequest request = builder.build();
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    OpenApiConformance.committed()
                            .violations(
                                    request.method(),
                                    request.uri(),
                                    response.statusCode(),
                                    response.headers().map(),
                                    response.body()),
                    null);
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(0, "", "", List.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Baseline baseline(Operation operation, Map<String, String> ids) {
        String key = operation.toString();
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asString();
            String value = ids.get(key + " " + name);
            if (value == null) {
                value = ids.get(name);
            }
            assertThat(value)
                    .as("a baseline value for path parameter %s of %s", name, key)
                    .isNotNull();
            pathValues.put(name, value);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (!operation.parameters("header").stream()
                .filter(p -> p.path("name").asString().equals("If-Match"))
                .toList()
                .isEmpty()) {
            headers.put("If-Match", STALE);
        }
        JsonNode body = null;
        if ("application/json".equals(operation.bodyType())) {
            assertThat(BODIES).as("a baseline body for %s", key).containsKey(key);
            body = HostileRequests.json(BODIES.get(key));
            headers.put("Content-Type", "application/json");
        }
        return new Baseline(pathValues, QUERIES.getOrDefault(key, Map.of()), headers, body);
    }

    private static String plainTarget(Operation operation, Baseline baseline) {
        String path = operation.path();
        for (Map.Entry<String, String> value : baseline.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /**
     * Path values of the baseline: real resources where the operation only reads or validates
     * before it acts, absent ones where a write that got through would change something.
     */
    private Map<String, String> fixtures() {
        Map<String, String> ids = new HashMap<>();
        String referral = createReferral();
        ids.put("id", referral);
        ids.put("attachmentId", UUID.randomUUID().toString());
        ids.put("deliveryId", UUID.randomUUID().toString());
        ids.put("clientId", "hostile-no-such-client");
        ids.put("slug", WAL);
        ids.put("year", "2025");
        ids.put("code", "hostile-no-such-code");
        ids.put("PATCH /api/v1/tenants/{slug} slug", "hostile-no-such-tenant");
        ids.put("POST /api/v1/tenants/{slug}/suspend slug", "hostile-no-such-tenant");
        ids.put("POST /api/v1/tenants/{slug}/reactivate slug", "hostile-no-such-tenant");
        ids.put("GET /api/v1/statistics/institutions/{slug} slug", "federal-ombudsman");
        ids.put("DELETE /api/v1/tenants/{slug}/users/{id} id", UUID.randomUUID().toString());
        ids.put("PATCH /api/v1/tenants/{slug}/users/{id} id", UUID.randomUUID().toString());
        for (String operation : List.of(
                "DELETE /api/v1/webhooks/{id}",
                "GET /api/v1/webhooks/{id}",
                "GET /api/v1/webhooks/{id}/deliveries",
                "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
                "POST /api/v1/webhooks/{id}/enable")) {
            ids.put(operation + " id", UUID.randomUUID().toString());
        }
        return ids;
    }

    private String createReferral() {
        Response created = send(
                "POST",
                "/api/v1/referrals",
                token("wal-agent"),
                "application/json",
                BODIES.get("POST /api/v1/referrals"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static String userFor(Operation operation) {
        String path = operation.path();
        if (path.startsWith("/api/v1/tenants/{slug}/users") || path.startsWith("/api/v1/tenants/{slug}/api-clients")) {
            return "wal-admin";
        }
        if (path.startsWith("/api/v1/tenants") || path.startsWith("/api/v1/taxonomy")) {
            return "network-admin";
        }
        if (path.startsWith("/api/v1/referrals")
                || path.startsWith("/api/v1/me")
                || path.startsWith("/api/v1/public")
                || path.startsWith("/api/v1/directory/match")) {
            return "wal-agent";
        }
        return "wal-admin";
    }

    /** A token per user, renewed well before the realm's 5-minute lifespan ends. */
    private String token(String user) {
        Token token = tokens.get(user);
        if (token == null || token.fetched().isBefore(Instant.now().minusSeconds(120))) {
            token = new Token(tokenOf(user), Instant.now());
            tokens.put(user, token);
        }
        return token.value();
    }

    /** The kind of a variant, for the summary: its description up to the first detail. */
    private static String kind(String what) {
        return what.replaceAll("(=| at | in | of | \\().*", "").replaceAll("\\$.*", "");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
