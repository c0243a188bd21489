package be.passerelle.api.referral;

import static be.passerelle.api.DemoTenant.FED;
import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aDeclineSuggesting;
import static be.passerelle.api.ReferralFixtures.aForward;
import static be.passerelle.api.ReferralFixtures.aMessage;
import static be.passerelle.api.ReferralFixtures.aReason;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static be.passerelle.api.ReferralFixtures.closedAs;
import static be.passerelle.infra.testing.PersonalDataMarkers.marked;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.ReferralFixtures.ReferralBuilder;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.referral.ErasePersonalData;
import be.passerelle.core.referral.PersonalDataErasure;
import be.passerelle.core.referral.Referrals;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Referrals end to end with real Keycloak tokens: wal-agent (mediateur-wallonie-fwb) refers cases to
 * energy-ombudsman, whose nrj-agent handles them; vla-agent (vlaamse-ombudsdienst) is the third
 * tenant that must learn nothing.
 */
class ReferralApiIT extends ApiIntegrationTest {
    private static final String REFERRALS = "/api/v1/referrals";

    @Autowired
    private UnitOfWork unitOfWork;

    @Autowired
    private Referrals referrals;

    @Autowired
    private PersonalDataErasure erasure;

    @Autowired
    private AuditTrail auditTrail;

    private static String wal;
    private static String nrj;
    private static String vla;

    @BeforeAll
    static void tokens() {
        wal = tokenOf("wal-agent");
        nrj = tokenOf("nrj-agent");
        vla = tokenOf("vla-agent");
    }

    @Test
    void wal_agent_refers_a_case_and_nrj_agent_takes_it_through_to_closed() {
        ReferralBuilder case_ = aReferral().from(WAL).to(NRJ);
        String marker = case_.tag();
        Response created = submit(case_);
        assertThat(created.status()).isEqualTo(201);
        JsonNode referral = created.json();
        String id = referral.path("id").asString();
        assertThat(referral.path("state").asString()).isEqualTo("SENT");
        assertThat(referral.path("reference").asString()).matches("PSR-\\d{4}-[2-9A-HJKMNP-TV-Z]{6}");
        assertThat(referral.path("accessCode").asString())
                .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(referral.path("dueAt").asString()).isNotBlank();
        assertThat(referral.path("sender").asString()).isEqualTo("mediateur-wallonie-fwb");
        assertThat(referral.path("receiver").asString()).isEqualTo("energy-ombudsman");
        assertThat(referral.path("citizenRegion").asString()).isEqualTo("BE-WAL");
        assertThat(created.header("Location")).isEqualTo(REFERRALS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Response received = get(REFERRALS + "?box=received&q=" + marker, nrj);
        assertThat(received.status()).isEqualTo(200);
        assertThat(ids(received)).containsExactly(id);
        assertThat(received.body()).doesNotContain(case_.lastName()).doesNotContain("accessCode");
        assertThat(ids(get(REFERRALS + "?box=sent&q=" + marker, wal))).containsExactly(id);
        assertThat(ids(get(REFERRALS + "?box=sent&q=" + marker, nrj))).isEmpty();

        Response asReceiver = get(REFERRALS + "/" + id, nrj);
        assertThat(asReceiver.status()).isEqualTo(200);
        assertThat(asReceiver.json().path("citizen").path("lastName").asString())
                .isEqualTo(case_.lastName());
        assertThat(asReceiver.json().path("summary").asString()).isEqualTo(case_.summary());
        assertThat(asReceiver.json().has("accessCode")).isFalse();

        assertThat(transition(nrj, id, "acknowledge", null, null)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("ACKNOWLEDGED");
        Response accepted = transition(nrj, id, "accept", null, "\"1\"");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.header("ETag")).isEqualTo("\"2\"");
        Response closed = transition(nrj, id, "close", closedAs("RESOLVED"), "\"2\"");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("outcome").asString()).isEqualTo("RESOLVED");

        Response asSender = get(REFERRALS + "/" + id, wal);
        assertThat(asSender.json().path("state").asString()).isEqualTo("CLOSED");
        assertThat(asSender.json().path("citizen").path("firstName").asString()).isEqualTo(case_.firstName());

        Response timeline = get(REFERRALS + "/" + id + "/events", wal);
        assertThat(timeline.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        timeline.json().path("items").forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("create", "acknowledge", "accept", "close");
        assertThat(timeline.json()
                        .path("items")
                        .get(1)
                        .path("actor")
                        .path("tenant")
                        .asString())
                .isEqualTo("energy-ombudsman");
        assertThat(timeline.json()
                        .path("items")
                        .get(1)
                        .path("actor")
                        .path("name")
                        .asString())
                .isEqualTo("nrj-agent");
    }

    @Test
    void the_two_institutions_exchange_messages_in_the_thread() {
        String id = newReferral();
        String question = marked("Pourriez-vous nous transmettre la facture ?");
        String answer = marked("Voici.");
        Response posted = send("POST", REFERRALS + "/" + id + "/messages", nrj, "application/json", aMessage(question));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(send("POST", REFERRALS + "/" + id + "/messages", wal, "application/json", aMessage(answer))
                        .status())
                .isEqualTo(201);
        Response thread = get(REFERRALS + "/" + id + "/messages", wal);
        assertThat(thread.status()).isEqualTo(200);
        List<String> authors = new ArrayList<>();
        thread.json()
                .path("items")
                .forEach(m -> authors.add(
                        m.path("tenant").asString() + ":" + m.path("body").asString()));
        assertThat(authors).containsExactly("energy-ombudsman:" + question, "mediateur-wallonie-fwb:" + answer);
    }

    @Test
    void a_third_tenant_gets_404_on_the_referral_and_on_everything_under_it() {
        String id = newReferral();
        String path = REFERRALS + "/" + id;
        List<Response> answers = List.of(
                get(path, vla),
                get(path + "/events", vla),
                get(path + "/messages", vla),
                send("POST", path + "/messages", vla, "application/json", aMessage()),
                transition(vla, id, "acknowledge", null, null),
                transition(vla, id, "accept", null, null),
                transition(vla, id, "decline", aReason(), null),
                transition(vla, id, "close", closedAs("RESOLVED"), null),
                transition(vla, id, "withdraw", aReason(), null));
        for (Response answer : answers) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.body()).doesNotContain("SENT").doesNotContain("Dupont");
        }
        assertThat(ids(get(REFERRALS + "?box=received&limit=100", vla))).doesNotContain(id);
        assertThat(ids(get(REFERRALS + "?box=sent&limit=100", vla))).doesNotContain(id);
        Response unknown = get(REFERRALS + "/" + UUID.randomUUID(), vla);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(answers.get(0).json().path("detail").asString())
                .isEqualTo(unknown.json().path("detail").asString());
        assertThat(get(path, wal).status()).isEqualTo(200);
    }

    @Test
    void the_network_admin_never_reads_referral_contents() {
        String id = newReferral();
        String admin = tokenOf("network-admin");
        assertThat(get(REFERRALS + "/" + id, admin).status()).isEqualTo(403);
        assertThat(get(REFERRALS + "?box=received", admin).status()).isEqualTo(403);
        assertThat(get(REFERRALS + "/" + id + "/messages", admin).status()).isEqualTo(403);
        assertThat(create(admin, aReferral().to(NRJ).json()).status()).isEqualTo(403);
    }

    @Test
    void business_rules_are_422_problems() throws SQLException {
        String suspended = suspendedTenantAcceptingReferrals();
        Map<String, ObjectNode> refused = new java.util.LinkedHashMap<>();
        ObjectNode noConsent = aReferral().to(NRJ).json();
        noConsent.remove("consent");
        refused.put("consent missing", noConsent);
        ObjectNode refusedConsent = aReferral().to(NRJ).json();
        ((ObjectNode) refusedConsent.path("consent")).put("given", false);
        refused.put("consent not given", refusedConsent);
        refused.put("to itself", aReferral().to(WAL).json());
        refused.put("unknown receiver", aReferral().to("no-such-institution").json());
        refused.put("receiver not accepting", aReferral().to("ombudsfin").json());
        refused.put("receiver suspended", aReferral().to(suspended).json());
        refused.forEach((rule, request) -> {
            Response response = create(wal, request);
            assertThat(response.status()).as(rule).isEqualTo(422);
            assertThat(response.isProblem()).as(rule).isTrue();
            assertThat(response.json().path("type").asString()).isEqualTo("/problems/business-rule");
        });
    }

    @Test
    void malformed_requests_are_400_problems_and_write_nothing() {
        String marker = unique();
        ObjectNode noSubject = aReferral().to(NRJ).tagged(marker).json();
        noSubject.remove("subject");
        ObjectNode unknownField = aReferral().to(NRJ).tagged(marker).json();
        unknownField.put("priority", "high");
        ObjectNode wrongType = aReferral().to(NRJ).tagged(marker).json();
        wrongType.put("priorContactMade", "maybe");
        ObjectNode badLanguage = aReferral().to(NRJ).tagged(marker).json();
        badLanguage.put("language", "xx");
        ObjectNode badPostalCode = aReferral().to(NRJ).tagged(marker).json();
        ((ObjectNode) badPostalCode.path("citizen")).put("postalCode", "99999");
        ObjectNode longSubject = aReferral().to(NRJ).tagged(marker).json();
        longSubject.put("subject", "x".repeat(201));
        for (ObjectNode request :
                List.of(noSubject, unknownField, wrongType, badLanguage, badPostalCode, longSubject)) {
            Response response = create(wal, request);
            assertThat(response.status()).as(request.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).doesNotContain("Dupont");
        }
        assertThat(send("POST", REFERRALS, wal, "application/json", "{not json").status())
                .isEqualTo(400);
        assertThat(get(REFERRALS + "?box=both", wal).status()).isEqualTo(400);
        assertThat(get(REFERRALS + "?box=sent&state=LOST", wal).status()).isEqualTo(400);
        assertThat(get(REFERRALS + "/not-a-uuid", wal).status()).isEqualTo(400);
        assertThat(ids(get(REFERRALS + "?box=sent&q=" + marker, wal))).isEmpty();
    }

    @Test
    void an_unknown_sector_or_language_is_a_400_naming_the_field_and_nothing_is_stored() {
        String marker = unique();
        ObjectNode unknownSector = aReferral().to(NRJ).tagged(marker).json();
        unknownSector.put("sector", "astrology");
        ObjectNode unknownLanguage = aReferral().to(NRJ).tagged(marker).json();
        unknownLanguage.put("language", "eo");
        ObjectNode unknownPreferredLanguage = aReferral().to(NRJ).tagged(marker).json();
        ((ObjectNode) unknownPreferredLanguage.path("citizen")).put("preferredLanguage", "eo");

        assertThat(fieldsRefused(create(wal, unknownSector))).containsExactly("sector");
        assertThat(fieldsRefused(create(wal, unknownLanguage))).containsExactly("language");
        assertThat(fieldsRefused(create(wal, unknownPreferredLanguage))).containsExactly("citizen.preferredLanguage");
        assertThat(ids(get(REFERRALS + "?box=sent&q=" + marker, wal))).isEmpty();

        assertThat(fieldsRefused(get(REFERRALS + "?box=sent&sector=astrology", wal)))
                .containsExactly("sector");
        assertThat(get(REFERRALS + "?box=received&sector=energy", nrj).status()).isEqualTo(200);
    }

    private static List<String> fieldsRefused(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        List<String> fields = new ArrayList<>();
        response.json()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    @Test
    void illegal_transitions_are_409_naming_the_state_and_the_wrong_party_is_403() {
        String id = newReferral();
        Response early = transition(nrj, id, "close", closedAs("RESOLVED"), null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("currentState").asString()).isEqualTo("SENT");
        assertThat(early.json().path("detail").asString()).contains("SENT");
        assertThat(transition(wal, id, "accept", null, null).status()).isEqualTo(403);
        assertThat(transition(nrj, id, "withdraw", aReason(), null).status()).isEqualTo(403);
        assertThat(transition(wal, id, "withdraw", aReason(), null)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("WITHDRAWN");
        Response late = transition(nrj, id, "accept", null, null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("currentState").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_stale_if_match_is_412_and_changes_nothing() {
        String id = newReferral();
        assertThat(transition(nrj, id, "acknowledge", null, "\"0\"").status()).isEqualTo(200);
        Response stale = transition(nrj, id, "accept", null, "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(get(REFERRALS + "/" + id, nrj).json().path("state").asString())
                .isEqualTo("ACKNOWLEDGED");
        String reason = marked("not competent");
        Response declined = transition(nrj, id, "decline", aDeclineSuggesting(FED, reason), "\"1\"");
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("state").asString()).isEqualTo("DECLINED");
        JsonNode last =
                get(REFERRALS + "/" + id + "/events", wal).json().path("items").get(2);
        assertThat(last.path("note").asString()).isEqualTo(reason);
        assertThat(last.path("suggestedReceiver").asString()).isEqualTo("federal-ombudsman");
    }

    @Test
    void of_twenty_concurrent_accepts_exactly_one_wins() throws Exception {
        String id = newReferral();
        List<Response> answers = concurrently(20, () -> transition(nrj, id, "accept", null, null));
        long won = answers.stream().filter(r -> r.status() / 100 == 2).count();
        assertThat(won).isEqualTo(1);
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isIn(200, 409));
        JsonNode events = get(REFERRALS + "/" + id + "/events", nrj).json().path("items");
        assertThat(events.size()).isEqualTo(2);
        assertThat(get(REFERRALS + "/" + id, nrj).json().path("version").asInt())
                .isEqualTo(1);
    }

    @Test
    void boxes_are_paged_newest_first_with_an_opaque_cursor() {
        String marker = unique();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(create(wal, aReferral().to(NRJ).tagged(marker).json())
                    .json()
                    .path("id")
                    .asString());
        }
        Response first = get(REFERRALS + "?box=received&limit=2&q=" + marker, nrj);
        assertThat(ids(first)).containsExactly(created.get(2), created.get(1));
        String next = first.json().path("next").asString();
        assertThat(next).contains("cursor=");
        Response second = get(next.substring(next.indexOf("/api/v1")), nrj);
        assertThat(ids(second)).containsExactly(created.get(0));
        assertThat(second.json().path("next").isNull()).isTrue();
        assertThat(ids(get(REFERRALS + "?box=received&overdue=true&q=" + marker, nrj)))
                .isEmpty();
        assertThat(ids(get(REFERRALS + "?box=received&state=SENT&sector=energy&q=" + marker, nrj)))
                .hasSize(3);
        assertThat(ids(get(REFERRALS + "?box=received&state=CLOSED&q=" + marker, nrj)))
                .isEmpty();
    }

    @Test
    void the_same_idempotency_key_replays_the_first_response_and_refuses_another_body() {
        String key = "create-" + unique();
        ObjectNode request = aReferral().to(NRJ).json();
        Response first = createWithKey(wal, key, request.toString());
        assertThat(first.status()).isEqualTo(201);
        Response retry = createWithKey(wal, key, request.toPrettyString());
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        assertThat(retry.json().path("accessCode").asString())
                .isEqualTo(first.json().path("accessCode").asString());
        request.put("subject", "another subject");
        Response other = createWithKey(wal, key, request.toString());
        assertThat(other.status()).isEqualTo(422);
        Response sameKeyOtherTenant = createWithKey(
                tokenOf("fed-agent"), key, aReferral().to(NRJ).json().toString());
        assertThat(sameKeyOtherTenant.status()).isEqualTo(201);
    }

    @Test
    void fifty_concurrent_retries_with_one_idempotency_key_create_one_referral() throws Exception {
        String key = "burst-" + unique();
        String marker = unique();
        String request = aReferral().to(NRJ).tagged(marker).json().toString();
        List<Response> answers = concurrently(50, () -> createWithKey(wal, key, request));
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        answers.stream()
                .filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.header("Retry-After")).isNotBlank());
        assertThat(answers.stream()
                        .filter(r -> r.status() == 201)
                        .map(r -> r.json().path("id").asString())
                        .distinct())
                .hasSize(1);
        assertThat(ids(get(REFERRALS + "?box=sent&q=" + marker, wal))).hasSize(1);
    }

    @Test
    void the_raw_tables_hold_no_clear_text_personal_data() throws SQLException {
        ReferralBuilder referral = aReferral().to(NRJ);
        String id = refer(referral);
        ReferralBuilder withKey = aReferral().to(NRJ);
        createWithKey(wal, "raw-" + withKey.tag(), withKey.toString());
        String message = marked("message");
        send("POST", REFERRALS + "/" + id + "/messages", nrj, "application/json", aMessage(message));
        String reason = marked("reason");
        transition(nrj, id, "decline", aReason(reason), null);
        List<String> rows = new ArrayList<>();
        // The system role sees every row (explicit policies); the owner is subject to forced row-level security.
        TestDatabase database = TestDatabases.shared();
        try (Connection system = DriverManager.getConnection(
                database.url(), database.system().user(), database.system().password())) {
            for (String table : List.of(
                    "referrals",
                    "referral_events",
                    "referral_messages",
                    "idempotency_keys",
                    "audit_events",
                    "outbox_events")) {
                try (ResultSet rs = system.createStatement().executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        String everything = String.join("\n", rows);
        assertThat(everything).contains(id);
        assertThat(everything)
                .doesNotContain(referral.lastName(), withKey.lastName())
                .doesNotContain(referral.firstName(), withKey.firstName())
                .doesNotContain(referral.email(), withKey.email())
                .doesNotContain(referral.phone(), withKey.phone())
                .doesNotContain(referral.summary(), withKey.summary())
                .doesNotContain(message, reason)
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER);
    }

    @Test
    void a_forward_with_consent_chains_a_referral_and_the_first_sender_sees_its_holder_and_state_only() {
        String first = newReferral();
        Response forwarded =
                transition(nrj, first, "forward", aForward().to(FED).toString(), "\"0\"");
        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(200);
        assertThat(forwarded.json().path("state").asString()).isEqualTo("FORWARDED");
        String chained = forwarded.json().path("forwardedTo").asString();
        assertThat(forwarded.json().path("forward").path("receiver").asString()).isEqualTo("federal-ombudsman");
        assertThat(forwarded.json().path("forward").path("state").asString()).isEqualTo("SENT");

        String fed = tokenOf("fed-agent");
        JsonNode received = get(REFERRALS + "/" + chained, fed).json();
        assertThat(received.path("sender").asString()).isEqualTo("energy-ombudsman");
        assertThat(received.path("receiver").asString()).isEqualTo("federal-ombudsman");
        assertThat(received.path("forwardedFrom").asString()).isEqualTo(first);
        assertThat(received.path("citizen").path("firstName").asString()).startsWith("Jeanne-");
        assertThat(received.path("summary").asString()).startsWith("summary-");
        assertThat(ids(get(REFERRALS + "?box=received&limit=100", fed))).contains(chained);

        assertThat(get(REFERRALS + "/" + chained, wal).status()).isEqualTo(404);
        assertThat(get(REFERRALS + "/" + first, fed).status()).isEqualTo(404);
        assertThat(transition(fed, chained, "accept", null, null).status()).isEqualTo(200);
        JsonNode seenBySender = get(REFERRALS + "/" + first, wal).json();
        assertThat(seenBySender.path("state").asString()).isEqualTo("FORWARDED");
        assertThat(seenBySender.path("forward").path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(seenBySender.path("forward").path("receiver").asString()).isEqualTo("federal-ombudsman");
        assertThat(get(REFERRALS + "/" + first + "/events", wal)
                        .json()
                        .path("items")
                        .get(1)
                        .path("action")
                        .asString())
                .isEqualTo("forward");
    }

    @Test
    void without_the_citizens_fresh_consent_a_forward_carries_no_citizen_data() {
        String first = newReferral();
        Response forwarded = transition(
                nrj, first, "forward", aForward().to(FED).withoutConsent().toString(), null);
        assertThat(forwarded.status()).isEqualTo(200);
        JsonNode chained = get(
                        REFERRALS + "/" + forwarded.json().path("forwardedTo").asString(), tokenOf("fed-agent"))
                .json();
        assertThat(chained.path("citizen").isNull()).isTrue();
        assertThat(chained.path("summary").isNull()).isTrue();
        assertThat(chained.path("subject").asString()).startsWith("Facture");
        assertThat(chained.path("citizenRegion").asString()).isEqualTo("BE-WAL");
    }

    @Test
    void a_forward_breaking_a_create_rule_is_422_and_changes_nothing() {
        String first = newReferral();
        assertThat(transition(nrj, first, "forward", aForward().to("ombudsfin").toString(), null)
                        .status())
                .isEqualTo(422);
        assertThat(transition(nrj, first, "forward", aForward().to(NRJ).toString(), null)
                        .status())
                .isEqualTo(422);
        assertThat(transition(wal, first, "forward", aForward().to(FED).toString(), null)
                        .status())
                .isEqualTo(403);
        assertThat(get(REFERRALS + "/" + first, nrj).json().path("state").asString())
                .isEqualTo("SENT");
    }

    @Test
    void the_sender_may_withdraw_an_accepted_referral_only_while_the_receiver_is_suspended() throws SQLException {
        String slug = "ombudsdienst-oostende";
        setTenant(slug, "ACTIVE", true);
        try {
            String username = "oostende-" + unique();
            keycloak().createUser(username, "secret-pw", List.of("caseworker"), List.of(slug));
            String oostende = keycloak().accessToken(username, "secret-pw");
            Response created = create(wal, aReferral().to(slug).json());
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().path("id").asString();
            assertThat(transition(oostende, id, "accept", null, null).status()).isEqualTo(200);
            Response early = transition(wal, id, "withdraw", aReason(), null);
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.json().path("currentState").asString()).isEqualTo("ACCEPTED");
            setTenant(slug, "SUSPENDED", true);
            assertThat(create(wal, aReferral().to(slug).json()).status()).isEqualTo(422);
            Response withdrawn = transition(wal, id, "withdraw", aReason(), null);
            assertThat(withdrawn.status()).isEqualTo(200);
            assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
        } finally {
            setTenant(slug, "ACTIVE", false);
        }
    }

    @Test
    void erasure_on_request_removes_personal_data_across_the_chain_and_keeps_the_facts() {
        String key = "erase-" + unique();
        ReferralBuilder referral = aReferral().to(NRJ);
        String marker = referral.tag();
        Response created = createWithKey(wal, key, referral.toString());
        String first = created.json().path("id").asString();
        send("POST", REFERRALS + "/" + first + "/messages", nrj, "application/json", aMessage());
        String chained = transition(nrj, first, "forward", aForward().to(FED).toString(), null)
                .json()
                .path("forwardedTo")
                .asString();
        assertThat(send("POST", REFERRALS + "/" + first + "/erase-personal-data", vla, null, null)
                        .status())
                .isEqualTo(404);

        Response erased = send("POST", REFERRALS + "/" + first + "/erase-personal-data", wal, null, null);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().path("citizen").isNull()).isTrue();
        assertThat(erased.json().path("summary").isNull()).isTrue();
        assertThat(erased.json().path("state").asString()).isEqualTo("FORWARDED");
        assertThat(erased.json().path("sector").asString()).isEqualTo("energy");
        assertThat(erased.json().path("citizenRegion").asString()).isEqualTo("BE-WAL");
        JsonNode message = get(REFERRALS + "/" + first + "/messages", nrj)
                .json()
                .path("items")
                .get(0);
        assertThat(message.path("body").isNull()).isTrue();
        assertThat(message.path("tenant").asString()).isEqualTo("energy-ombudsman");
        JsonNode chainedNow =
                get(REFERRALS + "/" + chained, tokenOf("fed-agent")).json();
        assertThat(chainedNow.path("citizen").isNull()).isTrue();
        assertThat(chainedNow.path("summary").isNull()).isTrue();
        get(REFERRALS + "/" + first + "/events", wal)
                .json()
                .path("items")
                .forEach(event -> assertThat(event.path("note").isNull()).isTrue());
        assertThat(erasuresInTrailOf("wal-admin", first)).containsExactly("wal-agent");
        assertThat(erasuresInTrailOf("nrj-admin", first)).containsExactly("wal-agent");
        assertThat(erasuresInTrailOf("nrj-admin", chained)).containsExactly("wal-agent");
        assertThat(erasuresInTrailOf("fed-admin", chained)).containsExactly("wal-agent");

        Response retry = createWithKey(wal, key, referral.toString());
        assertThat(retry.status()).isEqualTo(409);
        assertThat(ids(get(REFERRALS + "?box=sent&q=" + marker, wal))).containsExactly(first);
    }

    @Test
    void personal_data_is_erased_automatically_after_the_retention_period_of_a_final_referral() {
        String finished = newReferral();
        transition(wal, finished, "withdraw", aReason(), null);
        String open = newReferral();
        Clock aYearAndTwoDaysLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(367));
        ErasePersonalData retention = new ErasePersonalData(
                unitOfWork,
                referrals,
                erasure,
                auditTrail,
                aYearAndTwoDaysLater,
                Duration.ofDays(365),
                Duration.ofDays(1095));
        assertThat(retention.expired(100_000, "retention-test")).isPositive();
        assertThat(get(REFERRALS + "/" + finished, wal).json().path("citizen").isNull())
                .isTrue();
        assertThat(get(REFERRALS + "/" + finished, wal).json().path("state").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(erasuresInTrailOf("wal-admin", finished)).containsExactly("system:personal-data-retention");
        assertThat(erasuresInTrailOf("nrj-admin", finished)).containsExactly("system:personal-data-retention");
        assertThat(get(REFERRALS + "/" + open, wal)
                        .json()
                        .path("citizen")
                        .path("firstName")
                        .asString())
                .startsWith("Jeanne-");
    }

    /** Who erased the referral's personal data, as the admin's own audit trail tells. */
    private List<String> erasuresInTrailOf(String admin, String referral) {
        List<String> actors = new ArrayList<>();
        get(
                        "/api/v1/audit-events?action=referral.personal_data_erased&targetType=referral&targetId="
                                + referral,
                        tokenOf(admin))
                .json()
                .path("items")
                .forEach(e -> actors.add(e.path("actor").path("name").asString()));
        return actors;
    }

    @Test
    void overdue_lists_the_unacknowledged_referrals_past_their_deadline() throws SQLException {
        String marker = unique();
        String late = create(wal, aReferral().to(NRJ).tagged(marker).json())
                .json()
                .path("id")
                .asString();
        String onTime = create(wal, aReferral().to(NRJ).tagged(marker).json())
                .json()
                .path("id")
                .asString();
        String acknowledged = create(wal, aReferral().to(NRJ).tagged(marker).json())
                .json()
                .path("id")
                .asString();
        transition(nrj, acknowledged, "acknowledge", null, null);
        try (Connection system = systemConnection()) {
            system.createStatement()
                    .executeUpdate("update referrals set due_at = now() - interval '1 day' where id in ('" + late
                            + "', '" + acknowledged + "')");
        }
        assertThat(ids(get(REFERRALS + "?box=received&overdue=true&q=" + marker, nrj)))
                .containsExactly(late);
        assertThat(get(REFERRALS + "/" + late, nrj).json().path("overdue").asBoolean())
                .isTrue();
        assertThat(get(REFERRALS + "/" + onTime, nrj).json().path("overdue").asBoolean())
                .isFalse();
    }

    @Test
    void each_change_records_a_thin_outbox_event_for_both_parties() throws SQLException {
        String id = newReferral();
        transition(nrj, id, "accept", null, null);
        send("POST", REFERRALS + "/" + id + "/messages", nrj, "application/json", aMessage());
        List<String> events = new ArrayList<>();
        try (Connection system = systemConnection();
                PreparedStatement query =
                        system.prepareStatement("select type, state, link, cardinality(recipients) from outbox_events"
                                + " where resource_id = ? order by seq")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4));
                }
            }
        }
        assertThat(events)
                .containsExactly(
                        "referral.received SENT /api/v1/referrals/" + id + " 2",
                        "referral.state_changed ACCEPTED /api/v1/referrals/" + id + " 2",
                        "referral.message_posted ACCEPTED /api/v1/referrals/" + id + "/messages 2");
    }

    // --- helpers ---

    private String newReferral() {
        Response created = create(wal, aReferral().to(NRJ).json());
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private Response create(String token, ObjectNode body) {
        return send("POST", REFERRALS, token, "application/json", body.toString());
    }

    private Response createWithKey(String token, String key, String body) {
        return send(request(REFERRALS, token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private Response transition(String token, String id, String action, String body, String ifMatch) {
        HttpRequest.Builder builder = request(REFERRALS + "/" + id + "/" + action, token);
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.POST(
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static List<Response> concurrently(int callers, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch ready = new CountDownLatch(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void setTenant(String slug, String status, boolean acceptsReferrals) throws SQLException {
        try (Connection owner = ownerConnection();
                PreparedStatement update =
                        owner.prepareStatement("update tenants set status = ?, accepts_referrals = ? where slug = ?")) {
            update.setString(1, status);
            update.setBoolean(2, acceptsReferrals);
            update.setString(3, slug);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Connection systemConnection() throws SQLException {
        TestDatabase database = TestDatabases.shared();
        return DriverManager.getConnection(
                database.url(), database.system().user(), database.system().password());
    }

    private static Connection ownerConnection() throws SQLException {
        TestDatabase database = TestDatabases.shared();
        return DriverManager.getConnection(
                database.url(), database.owner().user(), database.owner().password());
    }

    /** A tenant that accepts referrals but is suspended (no API suspends tenants yet). */
    private static String suspendedTenantAcceptingReferrals() throws SQLException {
        String slug = "suspended-" + unique();
        try (Connection owner = ownerConnection();
                PreparedStatement insert = owner.prepareStatement(
                        "insert into tenants (id, slug, kind, names, languages, status, accepts_referrals)"
                                + " values (?, ?, 'LOCAL', '{\"fr\":\"Suspendu\"}', '{fr}', 'SUSPENDED', true)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, slug);
            insert.executeUpdate();
        }
        return slug;
    }
}
