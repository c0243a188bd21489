package be.passerelle.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.infra.keycloak.LocalMailSink;
import be.passerelle.infra.testing.KeycloakTestServer;
import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #19's settings pages: a caseworker's own notification preferences, and the tenant admin's intake address
 * confirmed through the link mailed to it (GreenMail) and the public confirmation page. Only vla-agent's
 * preferences and vlaamse-ombudsdienst's settings change; both are put back to the defaults after each run.
 */
class NotificationSettingsScenarioIT extends WebIntegrationTest {
    private static final String SLUG = "vlaamse-ombudsdienst";
    private static final String SETTINGS = "/api/v1/tenants/" + SLUG + "/notification-settings";
    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/notification-address/confirm\\?token=[A-Za-z0-9_-]{20,})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterEach
    void backToTheDefaults() {
        HttpResponse<String> reset = stack.callApi(
                "PUT",
                "/api/v1/me/notification-preferences",
                "vla-agent",
                "{\"preferences\": {\"MESSAGE_FROM_SENDER\": \"IMMEDIATELY\", \"ACCEPTED\": \"IMMEDIATELY\"}}");
        assertThat(reset.statusCode()).isEqualTo(200);
        String token = stack.keycloak().accessToken("vla-admin", "demo");
        HttpResponse<String> current = stack.callApiWithToken("GET", SETTINGS, token, null);
        HttpResponse<String> cleared = WebTestStackCalls.put(
                stack.apiUrl() + SETTINGS,
                token,
                current.headers().firstValue("ETag").orElseThrow(),
                "{\"intakeAddress\": null, \"escalationWorkingDays\": 2}");
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    }

    @Scenario
    void a_caseworker_chooses_a_digest_and_never_and_sees_them_saved(Browser browser) {
        browser.signInAt("/received", "vla-agent").waitFor("a.user-notifications");
        browser.click("a.user-notifications");
        assertThat(browser.path()).isEqualTo("/settings/notifications");
        assertThat(browser.find("#kind-MESSAGE_FROM_SENDER-IMMEDIATELY").isSelected())
                .isTrue();
        assertThat(browser.findAll("fieldset[id^=kind-]")).hasSize(13);

        browser.check("#kind-MESSAGE_FROM_SENDER-DAILY_DIGEST", true).check("#kind-ACCEPTED-NEVER", true);
        browser.click("button.save");

        assertThat(browser.path()).isEqualTo("/settings/notifications");
        assertThat(browser.has(".notice")).isTrue();
        assertThat(browser.find("#kind-MESSAGE_FROM_SENDER-DAILY_DIGEST").isSelected())
                .isTrue();
        assertThat(browser.find("#kind-ACCEPTED-NEVER").isSelected()).isTrue();
        assertThat(browser.find("#kind-RECEIVED-IMMEDIATELY").isSelected()).isTrue();
        String saved = stack.callApi("GET", "/api/v1/me/notification-preferences", "vla-agent", null)
                .body();
        assertThat(JSON.readTree(saved).path("preferences").toString())
                .contains("{\"kind\":\"MESSAGE_FROM_SENDER\",\"delivery\":\"DAILY_DIGEST\"")
                .contains("{\"kind\":\"ACCEPTED\",\"delivery\":\"NEVER\"");
        browser.screenshot("settings-notifications");
    }

    @Scenario
    void an_admin_sets_the_intake_address_and_the_link_mailed_to_it_confirms_it(Browser browser) {
        String address = "intake-" + UUID.randomUUID().toString().substring(0, 8) + "@vlaamse-ombudsdienst.example";
        browser.signInAt("/received", "vla-admin").waitFor("nav.admin-nav");
        browser.click("nav.admin-nav a[href='/admin/notifications']");
        assertThat(browser.find("#address-status").getAttribute("data-status")).isEqualTo("NONE");

        browser.fill("#intakeAddress", address).fill("#escalationWorkingDays", "4");
        browser.click("form.notification-settings button.save");

        assertThat(browser.path()).isEqualTo("/admin/notifications");
        assertThat(browser.has(".notice")).isTrue();
        assertThat(browser.find("#address-status").getAttribute("data-status")).isEqualTo("PENDING_CONFIRMATION");
        assertThat(browser.value("#escalationWorkingDays")).isEqualTo("4");
        assertThat(browser.has("form.resend")).isTrue();

        String link = linkIn(mailTo(address));
        browser.click("form.logout button[type=submit]");
        browser.open(link);
        assertThat(browser.has("#confirmation-result")).isFalse();
        assertThat(status()).as("opening the link changes nothing").isEqualTo("PENDING_CONFIRMATION");
        browser.screenshot("notification-address-confirm");

        browser.click("main form button[type=submit]");

        assertThat(browser.find("#confirmation-result").getAttribute("class")).isEqualTo("notice");
        assertThat(browser.text("#confirmation-result")).contains(address);
        assertThat(status()).isEqualTo("CONFIRMED");

        browser.signInAt("/admin/notifications", "vla-admin").waitFor("#address-status");
        assertThat(browser.find("#address-status").getAttribute("data-status")).isEqualTo("CONFIRMED");
        assertThat(browser.has("form.resend")).isFalse();
    }

    @Scenario
    void an_unknown_link_is_refused_without_saying_why(Browser browser) {
        browser.open("/notification-address/confirm?token=" + "A".repeat(43));
        browser.click("main form button[type=submit]");

        assertThat(browser.find("#confirmation-result").getAttribute("class")).isEqualTo("problem");
    }

    @Scenario
    void an_invalid_address_is_shown_next_to_its_field(Browser browser) {
        browser.signInAt("/admin/notifications", "vla-admin").waitFor("#intakeAddress");
        browser.fill("#intakeAddress", "not an address");
        browser.click("form.notification-settings button.save");

        assertThat(browser.find("#intakeAddress").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.has("#intakeAddress-problem")).isTrue();
        assertThat(status()).isEqualTo("NONE");
    }

    private String status() {
        return JSON.readTree(stack.callApi("GET", SETTINGS, "vla-admin", null).body())
                .path("intakeAddressStatus")
                .asString();
    }

    private static List<LocalMailSink.Mail> mailsTo(String address) {
        return KeycloakTestServer.mail().received().stream()
                .filter(m -> m.recipients().contains(address))
                .toList();
    }

    private static LocalMailSink.Mail mailTo(String address) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !mailsTo(address).isEmpty());
        return mailsTo(address).get(0);
    }

    /** The link's path and query (the API's mails name the local stack's web address, not this test's). */
    private static String linkIn(LocalMailSink.Mail mail) {
        String body = mail.body().replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        return link.group(1);
    }

    /** A PUT with If-Match, which the stack's helpers do not send. */
    private static final class WebTestStackCalls {
        static HttpResponse<String> put(String url, String token, String etag, String json) {
            return be.passerelle.web.stack.WebTestStack.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                    .build());
        }
    }
}
