package be.passerelle.web.admin.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The institution admin's webhook pages, as vla-admin uses them on the real stack, with real receivers on the
 * loopback and the API's own dispatcher: registering shows the signing secret once (it verifies what the
 * endpoint receives), the ping's outcome in words, the deliveries page by page with redelivery, a rotation
 * after which both secrets sign, enabling a disabled webhook, deleting after a confirmation page; the API's
 * refusal of a URL on its field; a caseworker gets the 403 page and another institution's webhook is out of
 * reach of forged posts.
 */
class AdminWebhooksScenarioIT extends WebIntegrationTest {
    private static final String ADMIN = "vla-admin";
    private static final String SLUG = "vlaamse-ombudsdienst";
    private static final String OTHER_ADMIN = "wal-admin";
    private static final Duration DISPATCH = Duration.ofSeconds(30);

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();

    @AfterEach
    void deleteTheScenariosWebhooks() {
        AsAdmins api = new AsAdmins(stack);
        receivers.forEach(receiver -> urls.add(receiver.url()));
        for (String url : urls) {
            api.deleteWebhooksTo(ADMIN, url);
            api.deleteWebhooksTo(OTHER_ADMIN, url);
        }
        receivers.forEach(Receiver::close);
    }

    @Scenario
    void an_admin_registers_a_webhook_pings_it_redelivers_rotates_its_secret_and_deletes_it(Browser browser)
            throws Exception {
        Receiver receiver = receiver();
        browser.signInAt("/admin/api-clients", ADMIN).waitFor("form.create-client");
        browser.click("nav.admin-nav a[href='/admin/webhooks']");
        assertThat(browser.text("h1")).isEqualTo("Webhooks");

        browser.fill("#webhook-url", receiver.url()).check(event("referral.received"), true);
        browser.click("form.register-webhook button[type=submit]");

        assertThat(browser.path()).startsWith("/admin/webhooks/");
        String id = browser.path().substring("/admin/webhooks/".length());
        String secret = browser.value("#secret-value");
        assertThat(secret).startsWith("whsec_");
        assertThat(browser.text(".secret-shown .secret-intro")).contains(receiver.url());
        assertThat(browser.text(".secret-shown .secret-once")).contains("cannot be shown again");
        assertThat(browser.text(".details .state")).isEqualTo("Enabled");

        browser.click("form.ping button");
        assertThat(browser.text(".ping-outcome")).contains("accepted the ping").contains("status 200");
        assertThat(browser.has(".secret-shown"))
                .as("the secret is not shown again")
                .isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        Receiver.Received ping = receiver.received("webhook.ping").get(0);
        assertThat(ping.signature())
                .as("the secret the page showed signs what the endpoint receives")
                .isEqualTo(AsAdmins.signature(secret, ping));
        HttpResponse<String> page = new SameSession(browser, stack.webUrl()).get("/admin/webhooks/" + id);
        assertThat(page.headers().allValues("Cache-Control"))
                .anySatisfy(value -> assertThat(value).contains("no-store"));
        assertThat(page.body()).doesNotContain(secret);

        // three referrals to the institution: three deliveries by the API's dispatcher, two per page
        for (int i = 0; i < 3; i++) {
            stack.refer("wal-agent", SLUG, "Webhook scenario " + i, PersonalDataMarkers.marked("w" + i));
        }
        await().atMost(DISPATCH)
                .until(() -> receiver.received("referral.received").size() >= 3);
        browser.open("/admin/webhooks/" + id);
        assertThat(browser.findAll("tr.delivery")).hasSize(2);
        assertThat(browser.texts("tr.delivery td.status")).containsOnly("Delivered");
        browser.screenshot("admin-webhook");
        browser.click("nav.paging a.next");
        assertThat(browser.findAll("tr.delivery")).isNotEmpty();

        int before = receiver.received("referral.received").size();
        browser.click("tr.delivery form.redeliver button");
        assertThat(browser.text("p.notice")).contains("queued again");
        assertThat(browser.url()).as("back on the same page of deliveries").contains("cursor=");
        await().atMost(DISPATCH)
                .until(() -> receiver.received("referral.received").size() > before);
        List<Receiver.Received> all = receiver.received("referral.received");
        assertThat(all.subList(0, before))
                .extracting(Receiver.Received::id)
                .as("a redelivery carries the event's webhook-id again")
                .contains(all.get(all.size() - 1).id());

        browser.click("form.rotate button");
        String newSecret = browser.value("#secret-value");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(browser.text(".secret-shown .secret-grace")).containsPattern("about \\d+ hours");
        browser.click("form.ping button");
        assertThat(browser.text(".ping-outcome")).contains("accepted the ping");
        List<Receiver.Received> pings = receiver.received("webhook.ping");
        Receiver.Received lastPing = pings.get(pings.size() - 1);
        assertThat(lastPing.signature().split(" "))
                .as("during the grace period both secrets sign")
                .contains(AsAdmins.signature(newSecret, lastPing), AsAdmins.signature(secret, lastPing));

        browser.click("a.delete");
        assertThat(browser.text("p.question")).contains(receiver.url()).contains("cannot be undone");
        assertThat(new AsAdmins(stack).webhook(ADMIN, id).statusCode())
                .as("the confirmation page deletes nothing")
                .isEqualTo(200);
        browser.click("form.confirm-delete button[type=submit]");

        assertThat(browser.path()).isEqualTo("/admin/webhooks");
        assertThat(browser.text("p.notice")).contains(receiver.url()).contains("deleted");
        assertThat(browser.has(row(id))).isFalse();
        assertThat(new AsAdmins(stack).webhook(ADMIN, id).statusCode()).isEqualTo(404);
    }

    @Scenario
    void the_ping_outcome_says_what_the_endpoint_answered_or_why_nothing_came(Browser browser) throws Exception {
        Receiver failing = receiver().answering(503);
        browser.signInAt("/admin/webhooks", ADMIN).waitFor("form.register-webhook");
        register(browser, failing.url()).click("form.ping button");
        assertThat(browser.text(".ping-outcome"))
                .contains("did not accept the ping")
                .contains("status 503");
        assertThat(failing.received("webhook.ping")).hasSize(1);

        String nobody = "http://127.0.0.1:" + closedPort() + "/hook";
        urls.add(nobody);
        register(browser, nobody).click("form.ping button");
        assertThat(browser.text(".ping-outcome")).contains("No answer came from the endpoint");
        assertThat(browser.text(".ping-outcome .ping-error")).isNotBlank();
        browser.screenshot("admin-webhook-ping");
    }

    @Scenario
    void a_url_the_api_refuses_gets_the_apis_message_on_the_field_and_events_are_required(Browser browser) {
        browser.signInAt("/admin/webhooks", ADMIN).waitFor("form.register-webhook");
        browser.fill("#webhook-url", "ftp://hooks.example.be/passerelle").check(event("referral.state_changed"), true);
        browser.click("form.register-webhook button[type=submit]");

        WebElement url = browser.find("#webhook-url");
        assertThat(url.getDomProperty("value")).isEqualTo("ftp://hooks.example.be/passerelle");
        assertThat(url.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(url.getDomAttribute("aria-describedby")).contains("webhook-url-error");
        assertThat(browser.text("#webhook-url-error")).as("the API's own words").contains("http or https only");
        assertThat(browser.find(event("referral.state_changed")).isSelected()).isTrue();
        browser.screenshot("admin-webhooks-refused");

        browser.fill("#webhook-url", "https://hooks.example.be/passerelle")
                .check(event("referral.state_changed"), false);
        browser.click("form.register-webhook button[type=submit]");
        assertThat(browser.text("#events-error")).contains("Choose at least one");
        assertThat(browser.texts("tr.webhook th.url")).doesNotContain("https://hooks.example.be/passerelle");
    }

    @Scenario
    void a_disabled_webhook_is_enabled_again(Browser browser) throws Exception {
        Receiver receiver = receiver();
        browser.signInAt("/admin/webhooks", ADMIN).waitFor("form.register-webhook");
        register(browser, receiver.url());
        String id = browser.path().substring("/admin/webhooks/".length());
        // what three days of failed deliveries do: the API's dispatcher disables the webhook
        try (Connection db = stack.superuser();
                PreparedStatement disable = db.prepareStatement(
                        "update webhook_endpoints set enabled = false, failing_since = now() - interval '3 days',"
                                + " disabled_at = now() where id = ?")) {
            disable.setObject(1, UUID.fromString(id));
            assertThat(disable.executeUpdate()).isEqualTo(1);
        }

        browser.open("/admin/webhooks/" + id);
        assertThat(browser.text(".details .state")).startsWith("Disabled since");
        browser.click("form.enable button");

        assertThat(browser.text("p.notice")).contains("is enabled");
        assertThat(browser.text(".details .state")).isEqualTo("Enabled");
        assertThat(browser.has("form.enable")).isFalse();
        assertThat(AsAdmins.json(new AsAdmins(stack).webhook(ADMIN, id))
                        .path("enabled")
                        .asBoolean())
                .isTrue();
    }

    @Scenario
    void a_caseworker_gets_the_403_page(Browser browser) {
        browser.signInAt("/admin/webhooks", "vla-agent").waitFor("p.problem");

        assertThat(browser.text("h1")).isEqualTo("Something went wrong");
        assertThat(browser.text("p.problem")).isEqualTo("You have no access to this page.");
        assertThat(browser.has("form.register-webhook")).isFalse();
        assertThat(new SameSession(browser, stack.webUrl())
                        .get("/admin/webhooks")
                        .statusCode())
                .isEqualTo(403);
    }

    @Scenario
    void another_institutions_webhook_is_out_of_reach_of_forged_posts(Browser browser) throws Exception {
        Receiver theirs = receiver();
        JsonNode hook = new AsAdmins(stack).registerWebhook(OTHER_ADMIN, theirs.url(), "referral.received");
        String id = hook.path("id").asString();

        browser.signInAt("/admin/webhooks", ADMIN).waitFor("form.register-webhook");
        assertThat(browser.has(row(id))).isFalse();
        SameSession session = new SameSession(browser, stack.webUrl());
        assertThat(session.get("/admin/webhooks/" + id).statusCode()).isEqualTo(404);
        for (String action :
                List.of("ping", "secret", "enable", "delete", "deliveries/" + UUID.randomUUID() + "/redeliver")) {
            assertThat(session.forgePost("/admin/webhooks/" + id + "/" + action).statusCode())
                    .as(action)
                    .isEqualTo(404);
        }
        browser.open("/admin/webhooks/" + id);
        assertThat(browser.text("p.problem")).isEqualTo("This page does not exist or is not available to you.");

        assertThat(theirs.received()).as("no ping reached their endpoint").isEmpty();
        assertThat(new AsAdmins(stack).webhook(OTHER_ADMIN, id).statusCode())
                .as("their webhook is untouched")
                .isEqualTo(200);
    }

    /** Registers a webhook to this URL for referral.received on the list page; the browser is on its page. */
    private static Browser register(Browser browser, String url) {
        browser.open("/admin/webhooks").fill("#webhook-url", url).check(event("referral.received"), true);
        browser.click("form.register-webhook button[type=submit]");
        assertThat(browser.path()).startsWith("/admin/webhooks/");
        return browser;
    }

    private Receiver receiver() throws IOException {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String event(String type) {
        return "input[name=events][value='" + type + "']";
    }

    private static String row(String id) {
        return "tr.webhook[data-webhook-id='" + id + "']";
    }
}
