package be.passerelle.web.admin.integration;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.KeycloakClient;
import be.passerelle.web.WebIntegrationTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The institution admin's API clients page on the real stack: a client created on the page really obtains
 * tokens from Keycloak with the secret shown once (and only those scopes), a rotation keeps the old secret
 * working for the grace period the page states, a revocation (after its confirmation page) ends it; a
 * caseworker gets the 403 page and another institution's client is out of reach of a forged form.
 */
class AdminApiClientsScenarioIT extends WebIntegrationTest {
    private static final String ADMIN = "vla-admin";
    private static final String SLUG = "vlaamse-ombudsdienst";
    private static final String OTHER_ADMIN = "wal-admin";
    private static final String OTHER_SLUG = "mediateur-wallonie-fwb";

    /** What the test created, revoked at the end whatever happened. */
    private final List<String[]> created = new ArrayList<>();

    @AfterEach
    void revokeWhatTheTestCreated() {
        AsAdmins api = new AsAdmins(stack);
        for (String[] client : created) {
            api.revokeClient(client[0], client[1], client[2]);
        }
    }

    @Test
    void an_admin_creates_a_client_whose_secret_is_shown_once_and_works_then_rotates_and_revokes_it() throws Exception {
        String name = "web-it " + UUID.randomUUID().toString().substring(0, 8);
        HtmlPage page = signInAt("/admin/api-clients", ADMIN);
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(text(page, "h1")).isEqualTo("API clients");

        ((HtmlInput) page.getElementById("client-name")).setValue(name);
        check(page, "referrals:read");
        check(page, "messages:write");
        HtmlPage shown = click(page, "form.create-client button[type=submit]");

        assertThat(shown.getUrl().getPath()).isEqualTo("/admin/api-clients");
        assertThat(shown.getWebResponse().getResponseHeaderValue("Cache-Control"))
                .contains("no-store");
        String clientId = text(shown, ".secret-shown .secret-client-id");
        created.add(new String[] {ADMIN, SLUG, clientId});
        String secret = value(shown, "#secret-value");
        assertThat(secret).isNotBlank();
        assertThat(text(shown, ".secret-shown .secret-intro")).contains(name);
        assertThat(text(shown, ".secret-shown .secret-once")).contains("cannot be shown again");
        assertThat(text(shown, ".secret-shown .secret-token-endpoint")).endsWith("/protocol/openid-connect/token");

        KeycloakClient keycloak = stack.keycloak();
        assertThat(keycloak.clientTokenStatus(clientId, secret))
                .as("the secret shown obtains a token")
                .isEqualTo(200);
        assertThat(KeycloakClient.scopeClaim(keycloak.clientToken(clientId, secret)))
                .contains("referrals:read", "messages:write")
                .doesNotContain("referrals:write", "attachments:read");

        HtmlElement row = row(shown, clientId);
        assertThat(row.querySelector("th.name").getTextContent()).isEqualTo(name);
        assertThat(row.querySelectorAll("td.scopes li").stream()
                        .map(li -> ((DomElement) li).getAttribute("data-scope"))
                        .toList())
                .containsExactlyInAnyOrder("referrals:read", "messages:write");

        HtmlPage again = browser.getPage(shown.getUrl());
        assertThat((Object) again.querySelector(".secret-shown"))
                .as("a reload never shows the secret again")
                .isNull();
        assertThat(again.getWebResponse().getContentAsString()).doesNotContain(secret);

        HtmlPage rotated = click(row(again, clientId), "form.rotate button");
        String newSecret = value(rotated, "#secret-value");
        assertThat(newSecret).isNotBlank().isNotEqualTo(secret);
        assertThat(text(rotated, ".secret-shown .secret-intro")).contains(name).contains("new secret");
        assertThat(text(rotated, ".secret-shown .secret-grace"))
                .as("the grace period, from the API's previousSecretExpiresAt")
                .contains("previous secret keeps obtaining tokens until")
                .containsPattern("about \\d+ hours");
        assertThat(keycloak.clientTokenStatus(clientId, newSecret)).isEqualTo(200);
        assertThat(keycloak.clientTokenStatus(clientId, secret))
                .as("the old secret still works during the grace period")
                .isEqualTo(200);

        HtmlPage confirm = click(row(rotated, clientId), "a.revoke");
        assertThat(confirm.getUrl().getPath()).isEqualTo("/admin/api-clients/" + clientId + "/revoke");
        assertThat(text(confirm, "p.question")).contains(name).contains("cannot be undone");
        assertThat(keycloak.clientTokenStatus(clientId, newSecret))
                .as("opening the confirmation page revokes nothing")
                .isEqualTo(200);

        HtmlPage revoked = click(confirm, "form.confirm-revoke button[type=submit]");
        assertThat(revoked.getUrl().getPath()).isEqualTo("/admin/api-clients");
        assertThat(text(revoked, "p.notice")).contains(name).contains("revoked");
        assertThat(row(revoked, clientId)).isNull();
        assertThat(keycloak.clientTokenStatus(clientId, newSecret))
                .as("a revoked client obtains no token")
                .isNotEqualTo(200);
    }

    @Test
    void a_name_the_api_refuses_is_shown_on_its_field_and_the_choices_are_kept() throws Exception {
        HtmlPage page = signInAt("/admin/api-clients", ADMIN);
        ((HtmlInput) page.getElementById("client-name")).setValue("no/slashes<allowed>");
        check(page, "attachments:read");

        HtmlPage refused = click(page, "form.create-client button[type=submit]");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        HtmlInput field = (HtmlInput) refused.getElementById("client-name");
        assertThat(field.getValue()).isEqualTo("no/slashes<allowed>");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("client-name-error");
        assertThat(text(refused, "#client-name-error")).startsWith("Please check this field.");
        assertThat(checkbox(refused, "attachments:read").isChecked()).isTrue();
        assertThat((Object) refused.querySelector(".secret-shown")).isNull();
    }

    @Test
    void a_caseworker_gets_the_403_page() throws Exception {
        HtmlPage page = signInAt("/admin/api-clients", "vla-agent");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(text(page, "h1")).isEqualTo("Problem");
    }

    @Test
    void another_institutions_client_is_out_of_reach_of_a_forged_form() throws Exception {
        JsonNode theirs = new AsAdmins(stack)
                .createClient(
                        OTHER_ADMIN,
                        OTHER_SLUG,
                        "wal-it-" + UUID.randomUUID().toString().substring(0, 8));
        String theirId = theirs.path("clientId").asString();
        String theirSecret = theirs.path("clientSecret").asString();
        created.add(new String[] {OTHER_ADMIN, OTHER_SLUG, theirId});

        HtmlPage page = signInAt("/admin/api-clients", ADMIN);
        assertThat(row(page, theirId)).isNull();
        String csrf = ((HtmlInput) page.querySelector("form.create-client input[name=_csrf]")).getValue();

        for (String action : List.of("revoke", "secret")) {
            Page answer = forge(csrf, "/admin/api-clients/" + theirId + "/" + action);
            assertThat(answer.getWebResponse().getStatusCode()).as(action).isEqualTo(404);
            assertThat(answer.getWebResponse().getContentAsString()).doesNotContain(theirSecret);
        }
        assertThat(browser.getPage(stack.webUrl() + "/admin/api-clients/" + theirId + "/revoke")
                        .getWebResponse()
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(stack.keycloak().clientTokenStatus(theirId, theirSecret))
                .as("their client and its secret are untouched")
                .isEqualTo(200);
    }

    private Page forge(String csrf, String path) throws Exception {
        WebRequest forged = new WebRequest(new URL(stack.webUrl() + path), HttpMethod.POST);
        forged.setRequestParameters(List.of(new NameValuePair("_csrf", csrf)));
        return browser.getPage(forged);
    }

    private static void check(HtmlPage page, String scope) {
        checkbox(page, scope).setChecked(true);
    }

    private static HtmlCheckBoxInput checkbox(HtmlPage page, String scope) {
        return (HtmlCheckBoxInput) page.querySelector("input[name=scopes][value='" + scope + "']");
    }

    private static HtmlElement row(HtmlPage page, String clientId) {
        return page.querySelector("tr.client[data-client-id='" + clientId + "']");
    }

    private static HtmlPage click(DomElement in, String selector) throws Exception {
        return ((HtmlElement) in.querySelector(selector)).click();
    }

    private static HtmlPage click(HtmlPage page, String selector) throws Exception {
        return ((HtmlElement) page.querySelector(selector)).click();
    }

    private static String text(HtmlPage page, String selector) {
        return page.querySelector(selector).getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static String value(HtmlPage page, String selector) {
        return ((HtmlInput) page.querySelector(selector)).getValue();
    }
}
