package be.passerelle.api.abuse;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.ReferralFixtures;
import be.passerelle.infra.testing.PersonalDataMarkers;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * SPEC §7: every protected operation of the committed OpenAPI document, tried with every kind of
 * bad token, answers 401 (403 for a suspended tenant's token) as a problem with nothing of the
 * resource. Tokens that must be validly signed yet wrong in one claim are signed with an RSA key of
 * the test's own that the real realm publishes (imported as a key provider of lowest priority); a
 * control token signed with the same key and the same claims is accepted, so each refusal is for
 * that one claim.
 */
class BadTokensIT extends ApiIntegrationTest {
    private static final String OTHER_REALM =
            "abuse-other-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TEST_KEY =
            "abuse-test-key-" + UUID.randomUUID().toString().substring(0, 8);
    /** A seeded tenant no other test uses: suspending it for a moment disturbs nobody. */
    private static final String SUSPENDED_TENANT = "mediatrice-courcelles";

    private static final Set<String> PROBLEM_FIELDS =
            Set.of("type", "title", "status", "detail", "instance", "requestId");
    private static final RealmAdmin REALM = new RealmAdmin();

    private static RSAKey testKey;

    @AfterAll
    static void removeTheTestRealmAndKey() {
        REALM.deleteRealm(OTHER_REALM);
        if (testKey != null) {
            REALM.deleteComponent(RealmAdmin.mainRealm(), TEST_KEY);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_protected_operation_refuses_every_bad_token() throws Exception {
        String referralSubject = "Secret subject " + UUID.randomUUID();
        String referralId = aReferral(referralSubject);
        List<DocumentedOperations.Operation> operations = operations(referralId);
        assertThat(operations).as("protected operations in api/openapi.json").hasSizeGreaterThanOrEqualTo(40);

        Map<String, String> tokens = badTokens();
        List<DynamicTest> tests = new ArrayList<>();
        for (var token : tokens.entrySet()) {
            for (var operation : operations) {
                tests.add(DynamicTest.dynamicTest(token.getKey() + ": " + operation, () -> {
                    Response response = call(operation, token.getValue());
                    assertThat(response.status()).as(response.body()).isEqualTo(401);
                    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
                    assertNoData(response, 401, referralSubject);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void a_suspended_tenants_token_gets_403_on_every_protected_operation() {
        String username = "suspended-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak().createUser(username, "secret-pw", List.of("tenant-admin"), List.of(SUSPENDED_TENANT));
        String token = keycloak().accessToken(username, "secret-pw");
        assertThat(get("/api/v1/me", token).status())
                .as("the same token while the tenant is active")
                .isEqualTo(200);
        String referralSubject = "Secret subject " + UUID.randomUUID();
        List<DocumentedOperations.Operation> operations = operations(aReferral(referralSubject));
        String admin = tokenOf("network-admin");
        assertThat(send("POST", "/api/v1/tenants/" + SUSPENDED_TENANT + "/suspend", admin, null, null)
                        .status())
                .isEqualTo(200);
        try {
            for (var operation : operations) {
                Response response = call(operation, token);
                assertThat(response.status())
                        .as(operation + ": " + response.body())
                        .isEqualTo(403);
                assertNoData(response, 403, referralSubject);
            }
        } finally {
            send("POST", "/api/v1/tenants/" + SUSPENDED_TENANT + "/reactivate", admin, null, null);
        }
        assertThat(get("/api/v1/me", token).status()).as("reactivated").isEqualTo(200);
    }

    /** Every kind of bad token of SPEC §7, by name; checks first that the test's own key is trusted. */
    private Map<String, String> badTokens() throws Exception {
        String real = tokenOf("wal-agent");
        JWTClaimsSet claims = SignedJWT.parse(real).getJWTClaimsSet();
        testKey = REALM.importSigningKey(RealmAdmin.mainRealm(), TEST_KEY);
        awaitAccepted(signed(testKey, fresh(claims)));

        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put(
                "expired beyond the clock skew",
                signed(
                        testKey,
                        with(
                                claims,
                                b -> b.issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                                        .expirationTime(Date.from(now.minusSeconds(60))))));
        tokens.put(
                "not yet valid",
                signed(testKey, with(fresh(claims), b -> b.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(2)))))));
        tokens.put("wrong issuer (another realm)", REALM.accessTokenOfAnotherRealm(OTHER_REALM));
        tokens.put("wrong audience", signed(testKey, with(fresh(claims), b -> b.audience(List.of("account")))));
        tokens.put("alg none", unsigned(real));
        tokens.put("HS256 keyed with the realm's public key", hmacWithRealmKey(real));
        tokens.put("unknown kid", signed(unknownKey(), fresh(claims)));
        tokens.put("organization swapped, not re-signed", withOrganizationSwapped(real));
        tokens.put("ID token", keycloak().idToken("wal-agent", "demo"));
        return tokens;
    }

    /** The realm publishes the imported key once the API's key set is refreshed (at most once per 30 s). */
    private void awaitAccepted(String token) {
        Response me = await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/me", token), response -> response.status() == 200);
        assertThat(me.json().path("tenant").path("slug").asString()).isEqualTo("mediateur-wallonie-fwb");
    }

    private Response call(DocumentedOperations.Operation operation, String token) {
        HttpRequest.Builder request = request(operation.path(), token);
        if (operation.hasBody()) {
            request.header("Content-Type", "application/json")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    private static void assertNoData(Response response, int status, String secret) {
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        var body = response.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        body.propertyNames().forEach(field -> assertThat(PROBLEM_FIELDS).contains(field));
        assertThat(response.body())
                .doesNotContain(secret)
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER)
                .doesNotContain("accessCode");
    }

    private static List<DocumentedOperations.Operation> operations(String referralId) {
        return DocumentedOperations.read(Map.of(
                        "slug", "mediateur-wallonie-fwb",
                        "id", referralId,
                        "attachmentId", UUID.randomUUID().toString(),
                        "deliveryId", UUID.randomUUID().toString(),
                        "clientId", "mediateur-wallonie-fwb-integration",
                        "year", "2025",
                        "code", "energy"))
                .all();
    }

    /** A real referral from wal to nrj, so that the operations under {id} point at private data. */
    private String aReferral(String subject) {
        return refer(ReferralFixtures.aReferral().from(WAL).to(NRJ).subject(subject));
    }

    private static JWTClaimsSet fresh(JWTClaimsSet claims) {
        Instant now = Instant.now();
        return with(claims, b -> b.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))));
    }

    private static JWTClaimsSet with(JWTClaimsSet claims, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder(claims)).build();
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey unknownKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID("unknown-" + UUID.randomUUID()).generate();
    }

    private static String unsigned(String real) {
        String[] parts = real.split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** The classic key-confusion attack: the realm's RSA public key (PEM) used as an HMAC secret. */
    private static String hmacWithRealmKey(String real) throws ParseException, JOSEException {
        String kid = SignedJWT.parse(real).getHeader().getKeyID();
        RSAKey published = (RSAKey) REALM.publishedKeys(RealmAdmin.mainRealm()).getKeyByKeyId(kid);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(published.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(kid)
                        .type(JOSEObjectType.JWT)
                        .build(),
                SignedJWT.parse(real).getJWTClaimsSet());
        jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
        return jwt.serialize();
    }

    private static String withOrganizationSwapped(String real) {
        String[] parts = real.split("\\.");
        var claims = (tools.jackson.databind.node.ObjectNode)
                JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putArray("organization").add("energy-ombudsman");
        return parts[0] + "." + base64(JSON.writeValueAsString(claims)) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
