package be.passerelle.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.DemoTenant;
import be.passerelle.infra.keycloak.LocalMailSink;
import be.passerelle.infra.testing.KeycloakTestServer;
import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The institution's notification settings and the confirmation of its intake address (issue #19), against the real
 * GreenMail. Only vlaamse-ombudsdienst's settings change, and they are put back to the defaults after each test.
 */
class NotificationSettingsIT extends ApiIntegrationTest {
    private static final String VLA = DemoTenant.VLA.slug();
    private static final String SETTINGS = "/api/v1/tenants/" + VLA + "/notification-settings";
    private static final String CONFIRMATIONS = "/api/v1/notification-address-confirmations";
    private static final Pattern TOKEN = Pattern.compile("/notification-address/confirm\\?token=([A-Za-z0-9_-]{20,})");

    @AfterEach
    void backToTheDefaults() {
        String admin = tokenOf(DemoTenant.VLA.admin());
        Response current = get(SETTINGS, admin);
        Response reset = put(admin, current.header("ETag"), "{\"intakeAddress\": null, \"escalationWorkingDays\": 2}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    }

    @Test
    void the_admin_sets_an_address_which_is_confirmed_by_the_link_mailed_to_it() {
        String admin = tokenOf(DemoTenant.VLA.admin());
        String address = uniqueAddress();
        Response read = get(SETTINGS, admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isNotBlank();

        Response set = put(
                admin, read.header("ETag"), "{\"intakeAddress\": \"" + address + "\", \"escalationWorkingDays\": 3}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("intakeAddress").asString()).isEqualTo(address);
        assertThat(set.json().path("intakeAddressStatus").asString()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(set.json().path("escalationWorkingDays").asInt()).isEqualTo(3);
        assertThat(set.json().path("confirmationExpiresAt").asString()).isNotBlank();
        assertThat(set.header("ETag")).isNotEqualTo(read.header("ETag"));
        LocalMailSink.Mail mail = mailTo(address);
        assertThat(mail.subject()).contains("Vlaamse Ombudsdienst").contains("bevestig");
        assertThat(mail.body())
                .contains("Vlaamse Ombudsdienst")
                .contains("http://localhost:8081/notification-address/");

        Response confirmed = confirm(tokenIn(mail));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("institution").asString()).isEqualTo(VLA);
        assertThat(confirmed.json().path("intakeAddress").asString()).isEqualTo(address);
        Response after = get(SETTINGS, admin);
        assertThat(after.json().path("intakeAddressStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(after.json().path("confirmationExpiresAt").isNull()).isTrue();
        assertThat(get("/api/v1/audit-events?limit=100&targetType=tenant&targetId=" + VLA, admin)
                        .json()
                        .path("items")
                        .toString())
                .contains("notification.settings_changed")
                .contains("notification.intake_address_confirmation_sent")
                .contains("notification.intake_address_confirmed");
    }

    @Test
    void a_used_unknown_or_expired_token_gets_one_and_the_same_refusal() {
        String admin = tokenOf(DemoTenant.VLA.admin());
        String address = uniqueAddress();
        assertThat(put(admin, get(SETTINGS, admin).header("ETag"), body(address, 2))
                        .status())
                .isEqualTo(200);
        String token = tokenIn(mailTo(address));
        assertThat(confirm(token).status()).isEqualTo(200);

        Response used = confirm(token);
        Response unknown = confirm("x" + token.substring(1));
        Response empty = send("POST", CONFIRMATIONS, null, "application/json", "{}");

        for (Response refused : List.of(used, unknown, empty)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("detail").asString())
                    .isEqualTo(used.json().path("detail").asString());
        }

        String second = uniqueAddress();
        assertThat(put(admin, get(SETTINGS, admin).header("ETag"), body(second, 2))
                        .status())
                .isEqualTo(200);
        String expiring = tokenIn(mailTo(second));
        expireTheConfirmation();
        Response expired = confirm(expiring);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().path("detail").asString())
                .isEqualTo(used.json().path("detail").asString());
        assertThat(get(SETTINGS, admin).json().path("intakeAddressStatus").asString())
                .isEqualTo("PENDING_CONFIRMATION");
    }

    @Test
    void a_new_address_clears_the_confirmation_and_resending_invalidates_the_previous_link() {
        String admin = tokenOf(DemoTenant.VLA.admin());
        String first = uniqueAddress();
        put(admin, get(SETTINGS, admin).header("ETag"), body(first, 2));
        assertThat(confirm(tokenIn(mailTo(first))).status()).isEqualTo(200);

        Response sameAddress = put(admin, get(SETTINGS, admin).header("ETag"), body(first, 5));
        assertThat(sameAddress.json().path("intakeAddressStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(sameAddress.json().path("escalationWorkingDays").asInt()).isEqualTo(5);

        String second = uniqueAddress();
        Response changed = put(admin, sameAddress.header("ETag"), body(second, 5));
        assertThat(changed.json().path("intakeAddressStatus").asString()).isEqualTo("PENDING_CONFIRMATION");
        String firstLink = tokenIn(mailTo(second));

        Response resent = send("POST", SETTINGS + "/confirmation-mail", admin, null, null);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(second).size() == 2);
        String secondLink = tokenIn(mailsTo(second).get(1));

        assertThat(confirm(firstLink).status()).isEqualTo(422);
        assertThat(confirm(secondLink).status()).isEqualTo(200);
        Response nothingPending = send("POST", SETTINGS + "/confirmation-mail", admin, null, null);
        assertThat(nothingPending.status()).isEqualTo(409);

        Response removed = put(
                admin, get(SETTINGS, admin).header("ETag"), "{\"intakeAddress\": null, \"escalationWorkingDays\": 2}");
        assertThat(removed.json().path("intakeAddressStatus").asString()).isEqualTo("NONE");
        assertThat(removed.json().path("intakeAddress").isNull()).isTrue();
    }

    @Test
    void a_change_needs_the_current_etag_and_valid_fields() {
        String admin = tokenOf(DemoTenant.VLA.admin());
        String etag = get(SETTINGS, admin).header("ETag");

        assertThat(put(admin, null, body(null, 2)).status()).isEqualTo(428);
        assertThat(put(admin, "\"999\"", body(null, 2)).status()).isEqualTo(412);
        assertThat(put(admin, "garbage", body(null, 2)).status()).isEqualTo(412);
        for (String bad : List.of(
                body(null, 0),
                body(null, 21),
                "{\"intakeAddress\": null}",
                body("not an address", 2),
                body("a@b", 2),
                body("x".repeat(250) + "@ex.be", 2))) {
            Response refused = put(admin, etag, bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("errors").toString())
                    .as(bad)
                    .containsAnyOf("\"escalationWorkingDays\"", "\"intakeAddress\"");
        }
        assertThat(get(SETTINGS, admin).header("ETag")).isEqualTo(etag);
    }

    @Test
    void only_the_institutions_own_admins_reach_its_settings() {
        for (String user :
                List.of(DemoTenant.VLA.agent(), DemoTenant.WAL.admin(), DemoTenant.NRJ.agent(), "network-admin")) {
            String token = tokenOf(user);
            assertThat(get(SETTINGS, token).status()).as(user).isEqualTo(403);
            assertThat(put(token, "\"0\"", body(null, 3)).status()).as(user).isEqualTo(403);
            assertThat(send("POST", SETTINGS + "/confirmation-mail", token, null, null)
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(get(SETTINGS, null).status()).isEqualTo(401);
        assertThat(get("/api/v1/tenants/no-such-tenant/notification-settings", tokenOf(DemoTenant.VLA.admin()))
                        .status())
                .isEqualTo(404);
    }

    private Response put(String token, String ifMatch, String body) {
        var request = request(SETTINGS, token)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    private Response confirm(String token) {
        return send("POST", CONFIRMATIONS, null, "application/json", "{\"token\": \"" + token + "\"}");
    }

    private static String body(String address, int days) {
        return "{\"intakeAddress\": " + (address == null ? "null" : "\"" + address + "\"")
                + ", \"escalationWorkingDays\": " + days + "}";
    }

    private static String uniqueAddress() {
        return "intake-" + UUID.randomUUID().toString().substring(0, 8) + "@vlaamse-ombudsdienst.example";
    }

    private static List<LocalMailSink.Mail> mailsTo(String address) {
        return KeycloakTestServer.mail().received().stream()
                .filter(m -> m.recipients().contains(address))
                .toList();
    }

    private static LocalMailSink.Mail mailTo(String address) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo(address).isEmpty());
        List<LocalMailSink.Mail> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The link's token, whatever the transfer encoding of the body. */
    static String tokenIn(LocalMailSink.Mail mail) {
        String body = mail.body().replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher link = TOKEN.matcher(body);
        assertThat(link.find()).as("a confirmation link in %s", mail.subject()).isTrue();
        return link.group(1);
    }

    @Test
    void a_row_another_part_of_the_system_created_is_saved_over_with_the_version_it_was_read_at() {
        // the deadline scan's tests and an operator's SQL create rows with the column's default version 0
        asSystem(
                "update tenant_notification_settings set version = 0 where tenant_id = (select id from tenants where slug = ?)");
        asSystem("insert into tenant_notification_settings (tenant_id, escalation_working_days, updated_at)"
                + " select id, 2, now() from tenants where slug = ? on conflict (tenant_id) do nothing");
        String admin = tokenOf(DemoTenant.VLA.admin());
        Response read = get(SETTINGS, admin);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        Response saved = put(admin, read.header("ETag"), "{\"intakeAddress\": null, \"escalationWorkingDays\": 5}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("escalationWorkingDays").asInt()).isEqualTo(5);
        Response again = put(admin, read.header("ETag"), "{\"intakeAddress\": null, \"escalationWorkingDays\": 6}");
        assertThat(again.status()).isEqualTo(412);
    }

    /** Moves the pending confirmation's expiry into the past, as if 7 days had gone by. */
    private static void expireTheConfirmation() {
        assertThat(asSystem(
                        "update tenant_notification_settings set confirmation_expires_at = now() - interval '1 minute'"
                                + " where tenant_id = (select id from tenants where slug = ?)"))
                .isEqualTo(1);
    }

    /** One statement about VLA's row, through the system role (as the workers and operators write it). */
    private static int asSystem(String sql) {
        TestDatabase database = TestDatabases.shared();
        try (Connection system = DriverManager.getConnection(
                        database.url(),
                        database.system().user(),
                        database.system().password());
                PreparedStatement statement = system.prepareStatement(sql)) {
            statement.setString(1, VLA);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
