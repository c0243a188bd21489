package be.passerelle.web.admin.integration;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.KeycloakClient;
import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The institution admin's API clients page, as vla-admin uses it on the real stack: a client created on the
 * page really obtains tokens from Keycloak with the secret shown once (and only the scopes ticked), a rotation
 * keeps the old secret working for the grace period the page states, a revocation (after its confirmation page)
 * ends it; a caseworker gets the 403 page and another institution's client is out of reach of forged posts.
 */
class AdminApiClientsScenarioIT extends WebIntegrationTest {
    private static final String ADMIN = "vla-admin";
    private static final String SLUG = "vlaamse-ombudsdienst";
    private static final String OTHER_ADMIN = "wal-admin";
    private static final String OTHER_SLUG = "mediateur-wallonie-fwb";

    /** The clients the scenario created (admin, slug, client id), revoked at the end whatever happened. */
    private final List<String[]> created = new ArrayList<>();

    @AfterEach
    void revokeWhatTheScenarioCreated() {
        AsAdmins api = new AsAdmins(stack);
        created.forEach(client -> api.revokeClient(client[0], client[1], client[2]));
    }

    @Scenario
    void an_admin_creates_a_client_whose_secret_is_shown_once_and_works_then_rotates_and_revokes_it(Browser browser) {
        String name = "web scenario " + UUID.randomUUID().toString().substring(0, 8);
        browser.signInAt("/admin/webhooks", ADMIN).waitFor("form.register-webhook");
        browser.click("nav.admin-nav a[href='/admin/api-clients']");
        assertThat(browser.text("h1")).isEqualTo("API clients");

        browser.fill("#client-name", name).check(scope("referrals:read"), true).check(scope("messages:write"), true);
        browser.click("form.create-client button[type=submit]");

        assertThat(browser.path()).isEqualTo("/admin/api-clients");
        String clientId = browser.text(".secret-shown .secret-client-id");
        created.add(new String[] {ADMIN, SLUG, clientId});
        String secret = browser.value("#secret-value");
        assertThat(secret).isNotBlank();
        assertThat(browser.text(".secret-shown .secret-intro")).contains(name);
        assertThat(browser.text(".secret-shown .secret-once")).contains("cannot be shown again");
        assertThat(browser.text(".secret-shown .secret-token-endpoint")).endsWith("/protocol/openid-connect/token");
        browser.screenshot("admin-api-client-secret");

        KeycloakClient keycloak = stack.keycloak();
        assertThat(keycloak.clientTokenStatus(clientId, secret))
                .as("the secret shown obtains a token (client credentials)")
                .isEqualTo(200);
        assertThat(KeycloakClient.scopeClaim(keycloak.clientToken(clientId, secret)))
                .contains("referrals:read", "messages:write")
                .doesNotContain("referrals:write", "attachments:read");
        assertThat(browser.findAll(row(clientId) + " td.scopes li").stream()
                        .map(li -> li.getDomAttribute("data-scope"))
                        .toList())
                .containsExactlyInAnyOrder("referrals:read", "messages:write");
        assertThat(browser.text(row(clientId) + " th.name")).isEqualTo(name);

        browser.open("/admin/api-clients");
        assertThat(browser.has(".secret-shown"))
                .as("a reload never shows the secret again")
                .isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        HttpResponse<String> page = new SameSession(browser, stack.webUrl()).get("/admin/api-clients");
        assertThat(page.headers().allValues("Cache-Control"))
                .anySatisfy(value -> assertThat(value).contains("no-store"));
        assertThat(page.body()).doesNotContain(secret);
        browser.screenshot("admin-api-clients");

        browser.click(row(clientId) + " form.rotate button");
        String newSecret = browser.value("#secret-value");
        assertThat(newSecret).isNotBlank().isNotEqualTo(secret);
        assertThat(browser.text(".secret-shown .secret-intro")).contains(name).contains("new secret");
        assertThat(browser.text(".secret-shown .secret-grace"))
                .as("the grace period, from the API's previousSecretExpiresAt")
                .contains("previous secret keeps obtaining tokens until")
                .containsPattern("about \\d+ hours");
        assertThat(keycloak.clientTokenStatus(clientId, newSecret)).isEqualTo(200);
        assertThat(keycloak.clientTokenStatus(clientId, secret))
                .as("the old secret still works during the grace period")
                .isEqualTo(200);

        browser.click(row(clientId) + " a.revoke");
        assertThat(browser.path()).isEqualTo("/admin/api-clients/" + clientId + "/revoke");
        assertThat(browser.text("p.question")).contains(name).contains("cannot be undone");
        assertThat(keycloak.clientTokenStatus(clientId, newSecret))
                .as("the confirmation page revokes nothing")
                .isEqualTo(200);
        browser.click("form.confirm-revoke button[type=submit]");

        assertThat(browser.path()).isEqualTo("/admin/api-clients");
        assertThat(browser.text("p.notice")).contains(name).contains("revoked");
        assertThat(browser.has(row(clientId))).isFalse();
        assertThat(keycloak.clientTokenStatus(clientId, newSecret))
                .as("a revoked client obtains no token")
                .isNotEqualTo(200);
    }

    @Scenario
    void a_name_the_api_refuses_is_shown_on_its_field_and_the_choices_are_kept(Browser browser) {
        browser.signInAt("/admin/api-clients", ADMIN).waitFor("form.create-client");
        browser.fill("#client-name", "no/slashes<allowed>").check(scope("attachments:read"), true);
        browser.click("form.create-client button[type=submit]");

        WebElement field = browser.find("#client-name");
        assertThat(field.getDomProperty("value")).isEqualTo("no/slashes<allowed>");
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).contains("client-name-error");
        assertThat(browser.text("#client-name-error")).startsWith("Please check this field.");
        assertThat(browser.find(scope("attachments:read")).isSelected()).isTrue();
        assertThat(browser.has(".secret-shown")).isFalse();
        assertThat(browser.texts("tr.client th.name")).doesNotContain("no/slashes<allowed>");
    }

    @Scenario
    void a_caseworker_gets_the_403_page(Browser browser) {
        browser.signInAt("/admin/api-clients", "vla-agent").waitFor("p.problem");

        assertThat(browser.text("h1")).isEqualTo("Something went wrong");
        assertThat(browser.text("p.problem")).isEqualTo("You have no access to this page.");
        assertThat(browser.has("form.create-client")).isFalse();
        assertThat(new SameSession(browser, stack.webUrl())
                        .get("/admin/api-clients")
                        .statusCode())
                .isEqualTo(403);
    }

    @Scenario
    void another_institutions_client_is_out_of_reach_of_forged_posts(Browser browser) {
        JsonNode theirs = new AsAdmins(stack)
                .createClient(
                        OTHER_ADMIN,
                        OTHER_SLUG,
                        "wal scenario " + UUID.randomUUID().toString().substring(0, 8));
        String theirId = theirs.path("clientId").asString();
        String theirSecret = theirs.path("clientSecret").asString();
        created.add(new String[] {OTHER_ADMIN, OTHER_SLUG, theirId});

        browser.signInAt("/admin/api-clients", ADMIN).waitFor("form.create-client");
        assertThat(browser.has(row(theirId))).isFalse();
        SameSession session = new SameSession(browser, stack.webUrl());
        for (String action : List.of("revoke", "secret")) {
            HttpResponse<String> answer = session.forgePost("/admin/api-clients/" + theirId + "/" + action);
            assertThat(answer.statusCode()).as(action).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(theirSecret);
        }
        browser.open("/admin/api-clients/" + theirId + "/revoke");
        assertThat(browser.text("p.problem")).isEqualTo("This page does not exist or is not available to you.");
        assertThat(stack.keycloak().clientTokenStatus(theirId, theirSecret))
                .as("their client and its secret are untouched")
                .isEqualTo(200);
    }

    private static String scope(String value) {
        return "input[name=scopes][value='" + value + "']";
    }

    private static String row(String clientId) {
        return "tr.client[data-client-id='" + clientId + "']";
    }
}
