package be.passerelle.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.DemoTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A staff member's own notification preferences (issue #19). Only vla-agent's and vla-admin's change, then reset. */
class NotificationPreferencesIT extends ApiIntegrationTest {
    private static final String PATH = "/api/v1/me/notification-preferences";
    private static final List<String> KINDS = List.of(
            "RECEIVED",
            "MESSAGE_FROM_SENDER",
            "WITHDRAWN",
            "DUE_SOON",
            "OVERDUE",
            "ACKNOWLEDGED",
            "ACCEPTED",
            "DECLINED",
            "FORWARDED",
            "CLOSED",
            "MESSAGE_FROM_RECEIVER",
            "RECEIVER_SUSPENDED",
            "ESCALATED");

    @AfterEach
    void everyKindImmediatelyAgain() {
        for (String user : List.of(DemoTenant.VLA.agent(), DemoTenant.VLA.admin())) {
            StringBuilder all = new StringBuilder("{\"preferences\": {");
            for (String kind : KINDS) {
                all.append(kind.equals("RECEIVED") ? "" : ", ")
                        .append('"')
                        .append(kind)
                        .append("\": \"IMMEDIATELY\"");
            }
            assertThat(put(tokenOf(user), all.append("}}").toString()).status()).isEqualTo(200);
        }
    }

    @Test
    void every_kind_is_listed_immediately_until_the_user_chooses() {
        Response read = get(PATH, tokenOf(DemoTenant.VLA.agent()));

        assertThat(read.status()).isEqualTo(200);
        Map<String, JsonNode> byKind = byKind(read);
        assertThat(byKind.keySet()).containsExactlyInAnyOrderElementsOf(KINDS);
        assertThat(byKind.values())
                .allSatisfy(p -> assertThat(p.path("delivery").asString()).isEqualTo("IMMEDIATELY"));
        assertThat(byKind.get("RECEIVED").path("alwaysReachesSomeone").asBoolean())
                .isTrue();
        assertThat(byKind.get("ESCALATED").path("alwaysReachesSomeone").asBoolean())
                .isTrue();
        assertThat(byKind.get("ESCALATED").path("audience").asString()).isEqualTo("RECEIVER_ADMINS");
        assertThat(byKind.get("ACCEPTED").path("alwaysReachesSomeone").asBoolean())
                .isFalse();
        assertThat(byKind.get("ACCEPTED").path("audience").asString()).isEqualTo("SENDER");
    }

    @Test
    void a_partial_change_is_kept_and_leaves_the_other_kinds_and_users_alone() {
        String agent = tokenOf(DemoTenant.VLA.agent());

        Response changed =
                put(agent, "{\"preferences\": {\"MESSAGE_FROM_SENDER\": \"DAILY_DIGEST\", \"ACCEPTED\": \"NEVER\"}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Response second = put(agent, "{\"preferences\": {\"RECEIVED\": \"NEVER\"}}");

        Map<String, JsonNode> mine = byKind(get(PATH, agent));
        assertThat(mine.get("MESSAGE_FROM_SENDER").path("delivery").asString()).isEqualTo("DAILY_DIGEST");
        assertThat(mine.get("ACCEPTED").path("delivery").asString()).isEqualTo("NEVER");
        assertThat(mine.get("RECEIVED").path("delivery").asString()).isEqualTo("NEVER");
        assertThat(mine.get("CLOSED").path("delivery").asString()).isEqualTo("IMMEDIATELY");
        assertThat(byKind(second)).isEqualTo(mine);
        assertThat(byKind(get(PATH, tokenOf(DemoTenant.VLA.admin()))).values())
                .allSatisfy(p -> assertThat(p.path("delivery").asString()).isEqualTo("IMMEDIATELY"));

        put(agent, "{\"preferences\": {\"ACCEPTED\": \"IMMEDIATELY\"}}");
        assertThat(byKind(get(PATH, agent)).get("ACCEPTED").path("delivery").asString())
                .isEqualTo("IMMEDIATELY");
    }

    @Test
    void an_unknown_kind_or_delivery_refuses_the_whole_change_naming_the_field() {
        String admin = tokenOf(DemoTenant.VLA.admin());

        Response refused = put(
                admin,
                "{\"preferences\": {\"ACCEPTED\": \"NEVER\", \"TELEPATHY\": \"NEVER\", \"CLOSED\": \"SOMETIMES\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        List<String> fields = new java.util.ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("preferences.TELEPATHY", "preferences.CLOSED");
        assertThat(byKind(get(PATH, admin)).get("ACCEPTED").path("delivery").asString())
                .isEqualTo("IMMEDIATELY");

        Response missing = put(admin, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").toString()).contains("\"preferences\"");
        assertThat(put(admin, "{\"preferences\": {\"CLOSED\": 3}}").status()).isEqualTo(400);
    }

    @Test
    void only_staff_of_an_institution_have_preferences() {
        Response admin = get(PATH, tokenOf("network-admin"));
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.isProblem()).isTrue();
        assertThat(put(tokenOf("network-admin"), "{\"preferences\": {}}").status())
                .isEqualTo(403);
        assertThat(get(PATH, null).status()).isEqualTo(401);
        assertThat(get(PATH, tokenOf(DemoTenant.VLA.admin())).status()).isEqualTo(200);
    }

    private Response put(String token, String body) {
        return send("PUT", PATH, token, "application/json", body);
    }

    private static Map<String, JsonNode> byKind(Response response) {
        Map<String, JsonNode> byKind = new HashMap<>();
        response.json()
                .path("preferences")
                .forEach(p -> byKind.put(p.path("kind").asString(), p));
        return byKind;
    }
}
