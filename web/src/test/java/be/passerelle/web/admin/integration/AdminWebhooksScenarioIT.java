package be.passerelle.web.admin.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.web.WebIntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The institution admin's webhook pages on the real stack, with real receivers on the loopback and the
 * API's own dispatcher: registering shows the signing secret once (it verifies the ping's signature),
 * the ping's outcome in words, the deliveries page by page with redelivery, a rotation that signs with
 * both secrets, enabling a disabled webhook, deleting after a confirmation page; the API's refusal of a
 * URL on its field; a caseworker gets the 403 page and another institution's webhook is out of reach.
 */
class AdminWebhooksScenarioIT extends WebIntegrationTest {
    private static final String ADMIN = "vla-admin";
    private static final String SLUG = "vlaamse-ombudsdienst";
    private static final String OTHER_ADMIN = "wal-admin";
    private static final Duration DISPATCH = Duration.ofSeconds(30);

    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void deleteTheTestsWebhooks() {
        AsAdmins api = new AsAdmins(stack);
        for (Receiver receiver : receivers) {
            api.deleteWebhooksTo(ADMIN, receiver.url());
            api.deleteWebhooksTo(OTHER_ADMIN, receiver.url());
            receiver.close();
        }
    }

    @Test
    void an_admin_registers_a_webhook_pings_it_redelivers_rotates_its_secret_and_deletes_it() throws Exception {
        Receiver receiver = receiver();
        HtmlPage page = signInAt("/admin/webhooks", ADMIN);
        assertThat(text(page, "h1")).isEqualTo("Webhooks");

        ((HtmlInput) page.getElementById("webhook-url")).setValue(receiver.url());
        check(page, "referral.received");
        HtmlPage hook = click(page, "form.register-webhook button[type=submit]");

        assertThat(hook.getUrl().getPath()).startsWith("/admin/webhooks/");
        assertThat(hook.getWebResponse().getResponseHeaderValue("Cache-Control"))
                .contains("no-store");
        String secret = value(hook, "#secret-value");
        assertThat(secret).startsWith("whsec_");
        assertThat(text(hook, ".secret-shown .secret-intro")).contains(receiver.url());
        assertThat(text(hook, ".secret-shown .secret-once")).contains("cannot be shown again");
        assertThat(text(hook, ".details .state")).isEqualTo("Enabled");

        HtmlPage pinged = click(hook, "form.ping button");
        assertThat(text(pinged, ".ping-outcome")).contains("accepted the ping").contains("status 200");
        assertThat((Object) pinged.querySelector(".secret-shown"))
                .as("the secret is not shown again")
                .isNull();
        assertThat(pinged.getWebResponse().getContentAsString()).doesNotContain(secret);
        Receiver.Received ping = receiver.received("webhook.ping").get(0);
        assertThat(ping.signature())
                .as("the secret the page showed signs what the endpoint receives")
                .isEqualTo(AsAdmins.signature(secret, ping));

        // three referrals to the institution: three deliveries by the API's dispatcher, two per page
        for (int i = 0; i < 3; i++) {
            stack.refer("wal-agent", SLUG, "Webhook IT " + i, "WH" + i);
        }
        await().atMost(DISPATCH)
                .until(() -> receiver.received("referral.received").size() >= 3);
        HtmlPage first = browser.getPage(pinged.getUrl());
        assertThat(first.querySelectorAll("tr.delivery")).hasSize(2);
        assertThat(first.querySelectorAll("tr.delivery td.status"))
                .allSatisfy(status -> assertThat(status.getTextContent()).isEqualTo("Delivered"));
        HtmlPage second = click(first, "nav.paging a.next");
        assertThat(second.querySelectorAll("tr.delivery")).hasSizeGreaterThanOrEqualTo(1);

        HtmlElement delivery = second.querySelector("tr.delivery");
        int before = receiver.received("referral.received").size();
        HtmlPage redelivered = click(delivery, "form.redeliver button");
        assertThat(text(redelivered, "p.notice")).contains("queued again");
        assertThat(redelivered.getUrl().getQuery())
                .as("back on the same page of deliveries")
                .contains("cursor=");
        await().atMost(DISPATCH)
                .until(() -> receiver.received("referral.received").size() > before);
        List<Receiver.Received> all = receiver.received("referral.received");
        assertThat(all.subList(0, before))
                .extracting(Receiver.Received::id)
                .as("a redelivery carries the same webhook-id")
                .contains(all.get(all.size() - 1).id());

        HtmlPage rotated = click(redelivered, "form.rotate button");
        String newSecret = value(rotated, "#secret-value");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(text(rotated, ".secret-shown .secret-grace")).containsPattern("about \\d+ hours");
        HtmlPage pingedAgain = click(rotated, "form.ping button");
        assertThat(text(pingedAgain, ".ping-outcome")).contains("accepted the ping");
        List<Receiver.Received> pings = receiver.received("webhook.ping");
        Receiver.Received lastPing = pings.get(pings.size() - 1);
        assertThat(lastPing.signature().split(" "))
                .as("during the grace period both secrets sign")
                .contains(AsAdmins.signature(newSecret, lastPing), AsAdmins.signature(secret, lastPing));

        String id = rotated.getUrl().getPath().substring("/admin/webhooks/".length());
        HtmlPage confirm = click(pingedAgain, "a.delete");
        assertThat(text(confirm, "p.question")).contains(receiver.url()).contains("cannot be undone");
        assertThat(new AsAdmins(stack).webhook(ADMIN, id).statusCode())
                .as("opening the confirmation page deletes nothing")
                .isEqualTo(200);
        HtmlPage deleted = click(confirm, "form.confirm-delete button[type=submit]");
        assertThat(deleted.getUrl().getPath()).isEqualTo("/admin/webhooks");
        assertThat(text(deleted, "p.notice")).contains(receiver.url()).contains("deleted");
        assertThat((Object) deleted.querySelector("tr.webhook[data-webhook-id='" + id + "']"))
                .isNull();
        assertThat(new AsAdmins(stack).webhook(ADMIN, id).statusCode()).isEqualTo(404);
    }

    @Test
    void the_ping_outcome_says_what_the_endpoint_answered_or_why_nothing_came() throws Exception {
        Receiver failing = receiver().answering(503);
        HtmlPage refused = click(registered(failing.url()), "form.ping button");
        assertThat(text(refused, ".ping-outcome"))
                .contains("did not accept the ping")
                .contains("status 503");

        String nobody = "http://127.0.0.1:" + closedPort() + "/hook";
        HtmlPage silent = click(registered(nobody), "form.ping button");
        assertThat(text(silent, ".ping-outcome")).contains("No answer came from the endpoint");
        assertThat(text(silent, ".ping-outcome .ping-error")).isNotBlank();
        new AsAdmins(stack).deleteWebhooksTo(ADMIN, nobody);
    }

    @Test
    void a_url_the_api_refuses_gets_the_apis_message_on_the_field_and_events_are_required() throws Exception {
        HtmlPage page = signInAt("/admin/webhooks", ADMIN);
        ((HtmlInput) page.getElementById("webhook-url")).setValue("ftp://hooks.example.be/passerelle");
        check(page, "referral.state_changed");

        HtmlPage refused = click(page, "form.register-webhook button[type=submit]");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        HtmlInput url = (HtmlInput) refused.getElementById("webhook-url");
        assertThat(url.getValue()).isEqualTo("ftp://hooks.example.be/passerelle");
        assertThat(url.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(url.getAttribute("aria-describedby")).contains("webhook-url-error");
        assertThat(text(refused, "#webhook-url-error"))
                .as("the API's own words")
                .contains("http or https only");
        assertThat(((HtmlCheckBoxInput) refused.querySelector("input[name=events][value='referral.state_changed']"))
                        .isChecked())
                .isTrue();

        ((HtmlInput) refused.getElementById("webhook-url")).setValue("https://hooks.example.be/passerelle");
        ((HtmlCheckBoxInput) refused.querySelector("input[name=events][value='referral.state_changed']"))
                .setChecked(false);
        HtmlPage noEvents = click(refused, "form.register-webhook button[type=submit]");
        assertThat(noEvents.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(text(noEvents, "#events-error")).contains("Choose at least one");
        assertThat(noEvents.querySelectorAll("tr.webhook td.url, tr.webhook th.url").stream()
                        .map(DomNode::getTextContent)
                        .toList())
                .doesNotContain("https://hooks.example.be/passerelle");
    }

    @Test
    void a_disabled_webhook_is_enabled_again() throws Exception {
        Receiver receiver = receiver();
        HtmlPage hook = registered(receiver.url());
        String id = hook.getUrl().getPath().substring("/admin/webhooks/".length());
        // what about three days of failed deliveries do: the API disables the webhook
        try (Connection db = stack.superuser();
                PreparedStatement disable = db.prepareStatement(
                        "update webhook_endpoints set enabled = false, failing_since = now() - interval '3 days',"
                                + " disabled_at = now() where id = ?")) {
            disable.setObject(1, UUID.fromString(id));
            assertThat(disable.executeUpdate()).isEqualTo(1);
        }

        HtmlPage disabled = browser.getPage(hook.getUrl());
        assertThat(text(disabled, ".details .state")).startsWith("Disabled since");
        HtmlPage enabled = click(disabled, "form.enable button");

        assertThat(text(enabled, "p.notice")).contains("is enabled");
        assertThat(text(enabled, ".details .state")).isEqualTo("Enabled");
        assertThat((Object) enabled.querySelector("form.enable")).isNull();
        assertThat(AsAdmins.json(new AsAdmins(stack).webhook(ADMIN, id))
                        .path("enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_caseworker_gets_the_403_page() throws Exception {
        HtmlPage page = signInAt("/admin/webhooks", "vla-agent");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(text(page, "h1")).isEqualTo("Problem");
    }

    @Test
    void another_institutions_webhook_is_out_of_reach_of_a_forged_form() throws Exception {
        Receiver theirs = receiver();
        JsonNode hook = new AsAdmins(stack).registerWebhook(OTHER_ADMIN, theirs.url(), "referral.received");
        String id = hook.path("id").asString();

        HtmlPage page = signInAt("/admin/webhooks", ADMIN);
        assertThat((Object) page.querySelector("tr.webhook[data-webhook-id='" + id + "']"))
                .isNull();
        assertThat(browser.getPage(stack.webUrl() + "/admin/webhooks/" + id)
                        .getWebResponse()
                        .getStatusCode())
                .isEqualTo(404);
        String csrf = ((HtmlInput) page.querySelector("form.register-webhook input[name=_csrf]")).getValue();
        for (String action :
                List.of("ping", "secret", "enable", "delete", "deliveries/" + UUID.randomUUID() + "/redeliver")) {
            Page answer = forge(csrf, "/admin/webhooks/" + id + "/" + action);
            assertThat(answer.getWebResponse().getStatusCode()).as(action).isEqualTo(404);
        }

        assertThat(theirs.received()).as("no ping reached their endpoint").isEmpty();
        assertThat(new AsAdmins(stack).webhook(OTHER_ADMIN, id).statusCode())
                .as("their webhook is untouched")
                .isEqualTo(200);
    }

    /** Registers a webhook to this URL for referral.received on the page; answers the webhook's page. */
    private HtmlPage registered(String url) throws Exception {
        HtmlPage page = browser.getPage(stack.webUrl() + "/admin/webhooks");
        if (page.getUrl().getPath().contains("/protocol/openid-connect/auth")) {
            page = signInOn(page, ADMIN);
        }
        ((HtmlInput) page.getElementById("webhook-url")).setValue(url);
        check(page, "referral.received");
        HtmlPage hook = click(page, "form.register-webhook button[type=submit]");
        assertThat(hook.getUrl().getPath()).startsWith("/admin/webhooks/");
        return hook;
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

    private Page forge(String csrf, String path) throws Exception {
        WebRequest forged = new WebRequest(new URL(stack.webUrl() + path), HttpMethod.POST);
        forged.setRequestParameters(List.of(new NameValuePair("_csrf", csrf)));
        return browser.getPage(forged);
    }

    private static void check(HtmlPage page, String event) {
        ((HtmlCheckBoxInput) page.querySelector("input[name=events][value='" + event + "']")).setChecked(true);
    }

    private static HtmlPage click(DomNode in, String selector) throws Exception {
        return ((HtmlElement) in.querySelector(selector)).click();
    }

    private static String text(HtmlPage page, String selector) {
        return page.querySelector(selector).getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static String value(HtmlPage page, String selector) {
        return ((HtmlInput) page.querySelector(selector)).getValue();
    }
}
