package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * When an institution's admin disables a member through the API, the API has Keycloak end the member's
 * sessions, Keycloak sends its back-channel logout to the web client, and the member's web session ends.
 */
class MemberDisabledIT extends WebIntegrationTest {
    private static final String COOKIE = "__Host-passerelle-session";
    private static final String TENANT = "energy-ombudsman";

    @Test
    void a_member_disabled_by_their_admin_loses_their_web_session() throws Exception {
        String username = "nrj-leaving-" + PersonalDataMarkers.random().toLowerCase();
        String userId = stack.keycloak().createUser(username, "demo", List.of("caseworker"), List.of(TENANT));
        HtmlPage box = signIn(username);
        assertThat(box.getUrl().getPath()).isEqualTo("/received");
        String sessionId = new String(
                Base64.getDecoder()
                        .decode(browser.getCookieManager().getCookie(COOKIE).getValue()),
                StandardCharsets.US_ASCII);
        assertThat(sessionRows(sessionId)).isEqualTo(1);

        HttpResponse<String> disabled = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(stack.apiUrl() + "/api/v1/tenants/" + TENANT + "/users/" + userId))
                                .header(
                                        "Authorization",
                                        "Bearer " + stack.keycloak().accessToken("nrj-admin", "demo"))
                                .header("Content-Type", "application/json")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(sessionRows(sessionId)).as("the web session ended").isZero();
        HtmlPage again = browser.getPage(stack.webUrl() + "/received");
        assertThat(again.getUrl().toString())
                .as("back to Keycloak's login form")
                .contains("/protocol/openid-connect/auth");
        assertThat(again.getWebResponse().getContentAsString()).doesNotContain("nav.site-nav", "user-name");
    }

    private int sessionRows(String sessionId) throws Exception {
        try (Connection db = stack.superuser();
                PreparedStatement query =
                        db.prepareStatement("select count(*) from web.spring_session where session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
