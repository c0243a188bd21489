package be.passerelle.api.referral;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static be.passerelle.infra.testing.PersonalDataMarkers.marked;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.infra.testing.PersonalDataMarkers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assignment inside an institution, end to end with real Keycloak tokens: wal-agent
 * (mediateur-wallonie-fwb) refers cases to energy-ombudsman, whose nrj-agent and nrj-admin assign them
 * among themselves; the sender never sees the receiver's assignee, and vla-agent (a third tenant)
 * learns nothing.
 */
class ReferralAssignmentIT extends ApiIntegrationTest {
    private static final String REFERRALS = "/api/v1/referrals";

    private static String wal;
    private static String walAdmin;
    private static String nrj;
    private static String nrjAdmin;
    private static String vla;
    private static String nrjAgentId;
    private static String nrjAdminId;
    private static String walAgentId;
    private static String walAdminId;

    @BeforeAll
    static void tokens() {
        wal = tokenOf("wal-agent");
        walAdmin = tokenOf("wal-admin");
        nrj = tokenOf("nrj-agent");
        nrjAdmin = tokenOf("nrj-admin");
        vla = tokenOf("vla-agent");
    }

    private void ids() {
        if (nrjAgentId == null) {
            nrjAgentId = keycloak().userId("nrj-agent");
            nrjAdminId = keycloak().userId("nrj-admin");
            walAgentId = keycloak().userId("wal-agent");
            walAdminId = keycloak().userId("wal-admin");
        }
    }

    private Response assign(String referral, String token, String assigneeId) {
        return send(
                "PUT",
                REFERRALS + "/" + referral + "/assignment",
                token,
                "application/json",
                JSON.createObjectNode().put("assigneeId", assigneeId).toString());
    }

    private Response unassign(String referral, String token) {
        return send("DELETE", REFERRALS + "/" + referral + "/assignment", token, null, null);
    }

    private List<String> actions(String referral, String token) {
        List<String> actions = new ArrayList<>();
        get(REFERRALS + "/" + referral + "/events", token)
                .json()
                .path("items")
                .forEach(e -> actions.add(e.path("action").asString()));
        return actions;
    }

    private JsonNode box(String box, String token, String tag, String assignee) {
        String query =
                REFERRALS + "?box=" + box + "&limit=100&q=" + tag + (assignee == null ? "" : "&assignee=" + assignee);
        Response listed = get(query, token);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().path("items");
    }

    private static List<String> idsOf(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    @Test
    void a_caseworker_assigns_reassigns_and_unassigns_and_the_timeline_shows_it() {
        ids();
        String referral = refer(aReferral().from(WAL).to(NRJ));

        Response assigned = assign(referral, nrj, nrjAgentId);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().path("assigneeId").asString()).isEqualTo(nrjAgentId);
        assertThat(assigned.json().path("assigneeName").asString()).isEqualTo("NRJ Agent");
        assertThat(assigned.json().path("assignedBy").asString()).isEqualTo("nrj-agent");
        JsonNode read = get(REFERRALS + "/" + referral, nrj).json();
        assertThat(read.path("assignment").path("assigneeId").asString()).isEqualTo(nrjAgentId);

        Response reassigned = assign(referral, nrj, nrjAdminId);
        assertThat(reassigned.status()).isEqualTo(200);
        assertThat(reassigned.json().path("assigneeName").asString()).isEqualTo("NRJ Admin");
        assertThat(get(REFERRALS + "/" + referral, nrjAdmin)
                        .json()
                        .path("assignment")
                        .path("assigneeId")
                        .asString())
                .isEqualTo(nrjAdminId);

        assertThat(unassign(referral, nrj).status()).isEqualTo(204);
        assertThat(get(REFERRALS + "/" + referral, nrj)
                        .json()
                        .path("assignment")
                        .isNull())
                .isTrue();
        assertThat(unassign(referral, nrj).status()).as("idempotent").isEqualTo(204);

        JsonNode events =
                get(REFERRALS + "/" + referral + "/events", nrj).json().path("items");
        assertThat(actions(referral, nrj)).containsExactly("create", "assign", "reassign", "unassign");
        JsonNode assign = events.get(1);
        assertThat(assign.path("assignee").path("id").asString()).isEqualTo(nrjAgentId);
        assertThat(assign.path("actor").path("name").asString()).isEqualTo("nrj-agent");
        assertThat(assign.path("actor").path("tenant").asString()).isEqualTo(NRJ.slug());
        assertThat(assign.path("to").asString()).isEqualTo("SENT");
        assertThat(events.get(2).path("assignee").path("name").asString()).isEqualTo("NRJ Admin");
        assertThat(events.get(3).path("assignee").isNull()).isTrue();
    }

    @Test
    void assigning_to_the_current_assignee_changes_nothing() {
        ids();
        String referral = refer(aReferral().from(WAL).to(NRJ));
        assertThat(assign(referral, nrj, nrjAdminId).status()).isEqualTo(200);
        assertThat(assign(referral, nrjAdmin, nrjAdminId).status()).isEqualTo(200);
        assertThat(actions(referral, nrj)).containsExactly("create", "assign");
    }

    @Test
    void the_sender_never_sees_the_receivers_assignee_and_the_receiver_never_the_senders() {
        ids();
        var builder = aReferral().from(WAL).to(NRJ);
        String referral = refer(builder);
        assertThat(assign(referral, nrj, nrjAgentId).status()).isEqualTo(200);

        JsonNode seenBySender = get(REFERRALS + "/" + referral, wal).json();
        assertThat(seenBySender.has("assignment")).isTrue();
        assertThat(seenBySender.path("assignment").isNull()).isTrue();
        JsonNode sent = box("sent", wal, builder.tag(), null);
        assertThat(idsOf(sent)).containsExactly(referral);
        assertThat(sent.get(0).path("assignment").isNull()).isTrue();
        assertThat(actions(referral, wal)).containsExactly("create");
        assertThat(get(REFERRALS + "/" + referral + "/events", wal).body()).doesNotContain(nrjAgentId);

        JsonNode received = box("received", nrj, builder.tag(), null);
        assertThat(received.get(0).path("assignment").path("assigneeId").asString())
                .isEqualTo(nrjAgentId);

        // the sender assigns on its own side: the receiver does not see it either
        assertThat(assign(referral, wal, walAdminId).status()).isEqualTo(200);
        assertThat(get(REFERRALS + "/" + referral, wal)
                        .json()
                        .path("assignment")
                        .path("assigneeId")
                        .asString())
                .isEqualTo(walAdminId);
        assertThat(get(REFERRALS + "/" + referral, nrj)
                        .json()
                        .path("assignment")
                        .path("assigneeId")
                        .asString())
                .isEqualTo(nrjAgentId);
        assertThat(actions(referral, nrj)).containsExactly("create", "assign");
        assertThat(actions(referral, wal)).containsExactly("create", "assign");
        assertThat(box("sent", wal, builder.tag(), "none")).isEmpty();
        assertThat(idsOf(box("sent", walAdmin, builder.tag(), "me"))).containsExactly(referral);
    }

    @Test
    void the_boxes_filter_on_mine_and_unassigned() {
        ids();
        String tag = PersonalDataMarkers.random();
        String mine = refer(aReferral().from(WAL).to(NRJ).tagged(tag));
        String colleagues = refer(aReferral().from(WAL).to(NRJ).tagged(tag));
        String nobodys = refer(aReferral().from(WAL).to(NRJ).tagged(tag));
        assertThat(assign(mine, nrj, nrjAgentId).status()).isEqualTo(200);
        assertThat(assign(colleagues, nrj, nrjAdminId).status()).isEqualTo(200);

        assertThat(idsOf(box("received", nrj, tag, null))).containsExactlyInAnyOrder(mine, colleagues, nobodys);
        assertThat(idsOf(box("received", nrj, tag, "me"))).containsExactly(mine);
        assertThat(idsOf(box("received", nrjAdmin, tag, "me"))).containsExactly(colleagues);
        assertThat(idsOf(box("received", nrj, tag, "none"))).containsExactly(nobodys);
        assertThat(idsOf(box("sent", wal, tag, "none")))
                .as("the receiver's assignments do not count on the sender's side")
                .containsExactlyInAnyOrder(mine, colleagues, nobodys);
        assertThat(box("sent", wal, tag, "me")).isEmpty();
    }

    @Test
    void an_unknown_assignee_filter_is_a_400() {
        Response listed = get(REFERRALS + "?box=received&assignee=someone", nrj);
        assertThat(listed.status()).isEqualTo(400);
        assertThat(listed.isProblem()).isTrue();
        assertThat(listed.body()).contains("assignee");
    }

    @Test
    void only_an_enabled_caseworker_or_admin_of_the_callers_institution_can_be_the_assignee() {
        ids();
        String referral = refer(aReferral().from(WAL).to(NRJ));

        Response otherTenants = assign(referral, nrj, walAgentId);
        assertThat(otherTenants.status()).isEqualTo(422);
        assertThat(otherTenants.isProblem()).isTrue();
        assertThat(otherTenants.json().path("errors").get(0).path("field").asString())
                .isEqualTo("assigneeId");

        Response unknown = assign(referral, nrj, "00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").get(0).path("field").asString())
                .isEqualTo("assigneeId");

        Response blank = assign(referral, nrj, "");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("assigneeId");

        assertThat(get(REFERRALS + "/" + referral, nrj)
                        .json()
                        .path("assignment")
                        .isNull())
                .isTrue();
        assertThat(actions(referral, nrj)).containsExactly("create");
    }

    @Test
    void a_disabled_colleague_is_refused_and_not_offered() {
        String email = "assign-" + PersonalDataMarkers.random().toLowerCase(java.util.Locale.ROOT) + "@example.org";
        Response invited = send(
                "POST",
                "/api/v1/tenants/" + NRJ.slug() + "/users",
                nrjAdmin,
                "application/json",
                "{\"email\":\"" + email
                        + "\",\"firstName\":\"Dora\",\"lastName\":\"Disabled\",\"roles\":[\"caseworker\"]}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String id = invited.json().path("id").asString();
        try {
            assertThat(send(
                                    "PATCH",
                                    "/api/v1/tenants/" + NRJ.slug() + "/users/" + id,
                                    nrjAdmin,
                                    "application/json",
                                    "{\"enabled\":false}")
                            .status())
                    .isEqualTo(200);
            String referral = refer(aReferral().from(WAL).to(NRJ));

            Response refused = assign(referral, nrj, id);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("assigneeId");
            assertThat(get(REFERRALS + "/" + referral + "/assignable-staff", nrj)
                            .body())
                    .doesNotContain(id);
        } finally {
            send("DELETE", "/api/v1/tenants/" + NRJ.slug() + "/users/" + id, nrjAdmin, null, null);
        }
    }

    @Test
    void the_assignable_staff_are_the_callers_own_colleagues() {
        ids();
        String referral = refer(aReferral().from(WAL).to(NRJ));

        Response staff = get(REFERRALS + "/" + referral + "/assignable-staff", nrj);
        assertThat(staff.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        staff.json().path("items").forEach(m -> ids.add(m.path("id").asString()));
        assertThat(ids).contains(nrjAgentId, nrjAdminId).doesNotContain(walAgentId, walAdminId);
        assertThat(staff.body()).contains("NRJ Agent").doesNotContain("@");

        List<String> senders = new ArrayList<>();
        get(REFERRALS + "/" + referral + "/assignable-staff", wal)
                .json()
                .path("items")
                .forEach(m -> senders.add(m.path("id").asString()));
        assertThat(senders).contains(walAgentId, walAdminId).doesNotContain(nrjAgentId);
    }

    @Test
    void another_tenant_gets_404_on_every_assignment_operation() {
        ids();
        String referral = refer(aReferral().from(WAL).to(NRJ));
        assertThat(assign(referral, nrj, nrjAgentId).status()).isEqualTo(200);

        for (Response response : List.of(
                assign(referral, vla, nrjAgentId),
                unassign(referral, vla),
                get(REFERRALS + "/" + referral + "/assignable-staff", vla))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(get(REFERRALS + "/" + referral, nrj)
                        .json()
                        .path("assignment")
                        .path("assigneeId")
                        .asString())
                .isEqualTo(nrjAgentId);
        assertThat(get(REFERRALS + "/00000000-0000-0000-0000-000000000000/assignable-staff", nrj)
                        .status())
                .isEqualTo(404);
        assertThat(unassign(referral, tokenOf("network-admin")).status()).isEqualTo(403);
    }

    @Test
    void every_assignment_change_is_in_the_assigning_institutions_audit_trail() {
        ids();
        String referral = refer(aReferral().from(WAL).to(NRJ));
        assign(referral, nrj, nrjAgentId);
        assign(referral, nrj, nrjAdminId);
        unassign(referral, nrjAdmin);

        List<String> audited = new ArrayList<>();
        get("/api/v1/audit-events?targetType=referral&targetId=" + referral, nrjAdmin)
                .json()
                .path("items")
                .forEach(e -> audited.add(e.path("action").asString()));
        assertThat(audited).contains("referral.assigned", "referral.reassigned", "referral.unassigned");
        assertThat(get("/api/v1/audit-events?targetType=referral&targetId=" + referral, walAdmin)
                        .body())
                .doesNotContain("referral.assigned");
    }

    @Test
    void a_decline_carries_its_reason_code_on_the_timeline_for_both_parties() {
        String coded = refer(aReferral().from(WAL).to(NRJ));
        Response declined = decline(coded, "NOT_COMPETENT");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        for (String token : List.of(nrj, wal)) {
            JsonNode events =
                    get(REFERRALS + "/" + coded + "/events", token).json().path("items");
            JsonNode decline = events.get(events.size() - 1);
            assertThat(decline.path("action").asString()).isEqualTo("decline");
            assertThat(decline.path("reasonCode").asString()).isEqualTo("NOT_COMPETENT");
            assertThat(events.get(0).path("reasonCode").isNull()).isTrue();
        }

        String uncoded = refer(aReferral().from(WAL).to(NRJ));
        assertThat(decline(uncoded, null).status()).isEqualTo(200);
        JsonNode events = get(REFERRALS + "/" + uncoded + "/events", wal).json().path("items");
        assertThat(events.get(events.size() - 1).path("reasonCode").asString()).isEqualTo("OTHER");
    }

    @Test
    void an_unknown_reason_code_is_a_400_naming_the_field() {
        String referral = refer(aReferral().from(WAL).to(NRJ));
        Response declined = decline(referral, "BORED");
        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.isProblem()).isTrue();
        assertThat(declined.json().path("errors").get(0).path("field").asString())
                .isEqualTo("reasonCode");
        assertThat(get(REFERRALS + "/" + referral, nrj).json().path("state").asString())
                .isEqualTo("SENT");
    }

    /** The receiver (energy-ombudsman) declines with a marked free-text reason and {@code code} (null: none). */
    private Response decline(String referral, String code) {
        ObjectNode body = JSON.createObjectNode().put("reason", marked("reason"));
        if (code != null) {
            body.put("reasonCode", code);
        }
        return send("POST", REFERRALS + "/" + referral + "/decline", nrj, "application/json", body.toString());
    }
}
