package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.session.SessionAttributeCipher;
import be.passerelle.web.stack.WebTestStack;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import tools.jackson.databind.JsonNode;

/**
 * The web client as a caseworker uses it, on the real stack: sign-in through the real Keycloak login
 * form, the received box from the real API, logout, and what the browser and the database see of the
 * session.
 */
class WebClientIT extends WebIntegrationTest {
    private static final String COOKIE = "__Host-passerelle-session";
    private static final String RECEIVER = "energy-ombudsman";
    private static final String AGENT = "nrj-agent";
    private static final String INJECTED = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";
    private static final List<JsonNode> REFERRALS = new ArrayList<>();

    @BeforeAll
    static void referralsInTheReceivedBox() {
        WebTestStack stack = WebTestStack.started();
        String tag = PersonalDataMarkers.random();
        REFERRALS.add(
                stack.refer("wal-agent", RECEIVER, "Facture contestée A " + tag, PersonalDataMarkers.marked("a")));
        REFERRALS.add(
                stack.refer("wal-agent", RECEIVER, "Facture contestée B " + tag, PersonalDataMarkers.marked("b")));
        REFERRALS.add(stack.refer("wal-agent", RECEIVER, INJECTED + " " + tag, PersonalDataMarkers.marked("c")));
    }

    @Test
    void caseworker_signs_in_through_keycloak_and_sees_the_received_box() throws Exception {
        HtmlPage box = signIn(AGENT);

        assertThat(box.getUrl().getPath()).isEqualTo("/received");
        assertThat(box.querySelector("h1").getTextContent()).isEqualTo("Received referrals");
        List<String> references = allPages(box).stream()
                .flatMap(page -> page.querySelectorAll("td.reference").stream())
                .map(cell -> cell.getTextContent())
                .toList();
        assertThat(references)
                .containsAll(REFERRALS.stream()
                        .map(r -> r.get("reference").asString())
                        .toList());
    }

    @Test
    void received_box_pages_with_the_api_cursor_and_filters_by_state() throws Exception {
        HtmlPage first = signIn(AGENT);
        assertThat(first.querySelectorAll("tr.referral")).hasSize(2);
        HtmlAnchor next = first.querySelector("a.next");
        assertThat(next).as("a next page with three referrals and pages of two").isNotNull();
        HtmlPage second = next.click();
        assertThat(second.querySelectorAll("tr.referral")).isNotEmpty();
        assertThat(rowsText(second)).doesNotContainAnyElementsOf(rowsText(first));

        HtmlSelect state = first.getElementByName("state");
        HtmlOption declined = state.getOptionByValue("DECLINED");
        state.setSelectedAttribute(declined, true);
        HtmlPage filtered = ((HtmlElement) first.querySelector("form.filters button")).click();
        assertThat(filtered.getUrl().getQuery()).contains("state=DECLINED");
        assertThat(filtered.querySelectorAll("tr.referral")).isEmpty();
        assertThat(filtered.querySelector("p.empty").getTextContent()).isEqualTo("No referrals.");
    }

    @Test
    void text_from_another_institution_is_escaped_and_inert() throws Exception {
        signIn(AGENT);
        JsonNode injected = REFERRALS.get(2);
        HtmlPage page = pageWith(
                browser.getPage(stack.webUrl() + "/received"),
                injected.get("reference").asString());

        HtmlElement row = rowOf(page, injected.get("reference").asString());
        assertThat(row.querySelector("td.subject").getTextContent()).startsWith(INJECTED);
        assertThat(row.querySelectorAll("script, img")).isEmpty();
        assertThat(page.getWebResponse().getContentAsString())
                .contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;")
                .doesNotContain(INJECTED);
    }

    @Test
    void due_dates_are_shown_in_brussels_time_and_the_users_language() throws Exception {
        browser.removeRequestHeader("Accept-Language");
        browser.addRequestHeader("Accept-Language", "nl-BE,nl;q=0.9");
        JsonNode referral = REFERRALS.get(0);
        HtmlPage page = pageWith(signIn(AGENT), referral.get("reference").asString());

        assertThat(page.querySelector("h1").getTextContent()).isEqualTo("Ontvangen dossiers");
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag("nl"))
                .withZone(ZoneId.of("Europe/Brussels"))
                .format(OffsetDateTime.parse(referral.get("dueAt").asString()));
        assertThat(rowOf(page, referral.get("reference").asString())
                        .querySelector("td.due span")
                        .getTextContent())
                .isEqualTo(due);
    }

    @Test
    void an_htmx_request_gets_the_box_fragment_only() throws Exception {
        signIn(AGENT);
        WebRequest request = new WebRequest(new URL(stack.webUrl() + "/received?state=SENT"));
        request.setAdditionalHeader("HX-Request", "true");
        WebResponse fragment = browser.loadWebResponse(request);

        assertThat(fragment.getStatusCode()).isEqualTo(200);
        assertThat(fragment.getContentAsString())
                .startsWith("<section id=\"box\"")
                .doesNotContain("<html", "<head");
    }

    @Test
    void the_session_cookie_is_renewed_at_sign_in_and_host_only_http_only_lax() throws Exception {
        HtmlPage login = browser.getPage(stack.webUrl() + "/received");
        Cookie before = browser.getCookieManager().getCookie(COOKIE);
        assertThat(before).as("the session that remembers the requested page").isNotNull();
        String setCookie = firstVisitSetCookie();

        signInOn(login, AGENT);
        Cookie after = browser.getCookieManager().getCookie(COOKIE);

        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getPath()).isEqualTo("/");
        assertThat(after.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(setCookie)
                .startsWith(COOKIE + "=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax")
                .doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void pages_carry_the_security_headers_and_are_not_stored() throws Exception {
        HtmlPage box = signIn(AGENT);
        WebResponse response = box.getWebResponse();

        assertThat(response.getResponseHeaderValue("Content-Security-Policy"))
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getResponseHeaderValue("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getResponseHeaderValue("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getResponseHeaderValue("Cache-Control")).contains("no-store");
        assertThat(box.querySelectorAll("script"))
                .as("scripts are files of the web client, none inline")
                .allSatisfy(script ->
                        assertThat(((HtmlElement) script).getAttribute("src")).startsWith("/"));
        assertThat((Object) box.querySelector("meta[name=csrf-token]")).isNotNull();
    }

    @Test
    void a_state_changing_request_without_the_csrf_token_is_refused() throws Exception {
        signIn(AGENT);
        WebRequest logout = new WebRequest(new URL(stack.webUrl() + "/logout"), HttpMethod.POST);
        Page refused = browser.getPage(logout);

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
        HtmlPage stillSignedIn = browser.getPage(stack.webUrl() + "/received");
        assertThat(stillSignedIn.getUrl().getPath()).isEqualTo("/received");
        assertThat(stillSignedIn.querySelector("h1").getTextContent()).isEqualTo("Received referrals");
    }

    @Test
    void logout_is_a_post_that_ends_the_web_session_and_the_keycloak_session() throws Exception {
        HtmlPage box = signIn(AGENT);
        String sessionId = sessionId();
        assertThat(sessionRows(sessionId)).isEqualTo(1);

        HtmlPage signedOut = ((HtmlElement) box.querySelector("form.logout button")).click();

        assertThat(signedOut.getUrl().toString()).isEqualTo(stack.webUrl() + "/signed-out");
        assertThat(signedOut.querySelector("h1").getTextContent()).isEqualTo("Signed out");
        assertThat(sessionRows(sessionId)).isZero();
        HtmlPage again = browser.getPage(stack.webUrl() + "/received");
        assertThat(again.getElementById("kc-login"))
                .as("Keycloak asks for the password again: its session ended too")
                .isNotNull();
    }

    @Test
    void keycloak_back_channel_logout_ends_the_web_session() throws Exception {
        signIn(AGENT);
        String sessionId = sessionId();
        assertThat(sessionRows(sessionId)).isEqualTo(1);

        stack.endKeycloakSessionsOf(AGENT);

        assertThat(sessionRows(sessionId)).isZero();
        HtmlPage again = browser.getPage(stack.webUrl() + "/received");
        assertThat(again.getElementById("kc-login")).isNotNull();
    }

    @Test
    void the_session_tables_hold_no_token_in_clear() throws Exception {
        signIn(AGENT);
        String sessionId = sessionId();
        List<String> attributes = new ArrayList<>();
        try (Connection db = stack.superuser();
                PreparedStatement query = db.prepareStatement("select a.attribute_name, a.attribute_bytes"
                        + " from web.spring_session s join web.spring_session_attributes a"
                        + " on a.session_primary_id = s.primary_id where s.session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attributes.add(rows.getString(1));
                    String stored = new String(rows.getBytes(2), StandardCharsets.ISO_8859_1);
                    assertThat(stored)
                            .as("attribute %s", rows.getString(1))
                            .doesNotContain("eyJ", AGENT, "access_token", "OAuth2AuthorizedClient");
                }
            }
        }
        assertThat(attributes)
                .as("the tokens are among the stored attributes")
                .anyMatch(name -> name.contains("OAuth2AuthorizedClient"))
                .anyMatch(name -> name.contains("SPRING_SECURITY_CONTEXT"));
    }

    @Test
    void an_expiring_access_token_is_refreshed_and_the_api_takes_the_new_one() throws Exception {
        signIn(AGENT);
        String before = accessTokenInSession();

        HtmlPage again = browser.getPage(stack.webUrl() + "/received");

        assertThat(again.querySelector("h1").getTextContent()).isEqualTo("Received referrals");
        assertThat(again.querySelectorAll("tr.referral")).isNotEmpty();
        assertThat(accessTokenInSession()).isNotEqualTo(before);
    }

    /** The user's access token as the session tables hold it, opened with the session keyset. */
    private String accessTokenInSession() throws Exception {
        try (Connection db = stack.superuser();
                PreparedStatement query = db.prepareStatement("select a.attribute_bytes"
                        + " from web.spring_session s join web.spring_session_attributes a"
                        + " on a.session_primary_id = s.primary_id"
                        + " where s.session_id = ? and a.attribute_name like '%AUTHORIZED_CLIENTS'")) {
            query.setString(1, sessionId());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next())
                        .as("the authorized client in the session")
                        .isTrue();
                byte[] opened = new SessionAttributeCipher(WebTestStack.SESSION_KEYSET).open(rows.getBytes(1));
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(opened))) {
                    Map<?, ?> clients = (Map<?, ?>) in.readObject();
                    return ((OAuth2AuthorizedClient) clients.get("keycloak"))
                            .getAccessToken()
                            .getTokenValue();
                }
            }
        }
    }

    private String sessionId() {
        return new String(
                Base64.getDecoder()
                        .decode(browser.getCookieManager().getCookie(COOKIE).getValue()),
                StandardCharsets.US_ASCII);
    }

    private int sessionRows(String sessionId) throws SQLException {
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

    @Test
    void a_session_expires_after_the_idle_timeout_setting() throws Exception {
        signIn(AGENT);
        try (Connection db = stack.superuser();
                PreparedStatement query = db.prepareStatement(
                        "select max_inactive_interval from web.spring_session where session_id = ?")) {
            query.setString(1, sessionId());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1))
                        .as("seconds: the default idle timeout, 30 min")
                        .isEqualTo(1800);
            }
        }
    }

    private static List<String> rowsText(HtmlPage page) {
        return page.querySelectorAll("td.reference").stream()
                .map(cell -> cell.getTextContent())
                .toList();
    }

    /** The {@code Set-Cookie} of a first visit, as the server writes it. */
    private String firstVisitSetCookie() throws Exception {
        HttpResponse<Void> first = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.webUrl() + "/received"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(first.statusCode()).isEqualTo(302);
        return first.headers().firstValue("Set-Cookie").orElseThrow();
    }
}
