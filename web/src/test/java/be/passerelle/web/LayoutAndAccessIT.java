package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared layout on the real stack: the header every page has (navigation, the user and their
 * institution from the API's {@code /me}, logout, the language switch), the language switch overriding the
 * session's language, and what keyboard and screen-reader users need (labels, skip link, {@code lang},
 * visible focus).
 */
class LayoutAndAccessIT extends WebIntegrationTest {
    private static final String AGENT = "nrj-agent";

    @Test
    void the_header_shows_navigation_the_user_their_institution_logout_and_languages() throws Exception {
        HtmlPage box = signIn(AGENT);

        assertThat(box.querySelectorAll("nav.site-nav a").stream()
                        .map(link -> ((HtmlElement) link).getAttribute("href"))
                        .toList())
                .containsExactly("/received", "/sent", "/referrals/new");
        assertThat(text(box, ".user-name")).isEqualTo("NRJ Agent");
        assertThat(text(box, ".user-institution")).isEqualTo(institutionNameFromTheApi("en"));
        assertThat(((HtmlElement) box.querySelector("form.logout")).getAttribute("method"))
                .isEqualTo("post");
        assertThat(box.querySelectorAll("form.language-switch button").stream()
                        .map(button -> ((HtmlElement) button).getAttribute("lang"))
                        .toList())
                .containsExactly("fr", "nl", "de", "en");
    }

    @Test
    void the_language_switch_overrides_the_language_for_the_rest_of_the_session() throws Exception {
        HtmlPage box = signIn(AGENT);
        assertThat(box.getDocumentElement().getAttribute("lang")).isEqualTo("en");

        HtmlPage dutch = ((HtmlElement) box.querySelector("form.language-switch button[value=nl]")).click();

        assertThat(dutch.getUrl().getPath()).isEqualTo("/received");
        assertThat(dutch.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(text(dutch, "h1")).isEqualTo("Ontvangen dossiers");
        assertThat(text(dutch, ".user-institution")).isEqualTo(institutionNameFromTheApi("nl"));
        HtmlPage later = browser.getPage(stack.webUrl() + "/received?state=SENT");
        assertThat(text(later, "h1")).as("the browser still asks for English").isEqualTo("Ontvangen dossiers");
    }

    @Test
    void the_language_switch_returns_to_the_same_page_with_its_query() throws Exception {
        signIn(AGENT);
        HtmlPage filtered = browser.getPage(stack.webUrl() + "/received?state=DECLINED");

        HtmlPage french = ((HtmlElement) filtered.querySelector("form.language-switch button[value=fr]")).click();

        assertThat(french.getUrl().getPath() + "?" + french.getUrl().getQuery()).isEqualTo("/received?state=DECLINED");
        assertThat(french.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
    }

    @Test
    void every_field_has_a_label_and_every_page_a_skip_link_and_its_language() throws Exception {
        HtmlPage box = signIn(AGENT);
        HtmlPage status = browser.getPage(stack.webUrl() + "/status");
        HtmlPage signedOut = browser.getPage(stack.webUrl() + "/signed-out");

        for (HtmlPage page : List.of(box, status, signedOut)) {
            String path = page.getUrl().getPath();
            assertThat(page.getDocumentElement().getAttribute("lang")).as(path).isEqualTo("en");
            HtmlElement first = page.querySelector("a, button, input:not([type=hidden]), select, textarea");
            assertThat(first.getAttribute("class"))
                    .as("%s: the skip link comes first", path)
                    .contains("skip-link");
            assertThat(first.getAttribute("href")).isEqualTo("#main");
            assertThat(page.getElementById("main")).as(path).isNotNull();
            for (DomNode field : page.querySelectorAll("input:not([type=hidden]), select, textarea")) {
                DomElement control = (DomElement) field;
                String id = control.getAttribute("id");
                assertThat(id)
                        .as("%s: field %s has an id", path, control.getAttribute("name"))
                        .isNotEmpty();
                assertThat(page.querySelectorAll("label[for=" + id + "]"))
                        .as("%s: a label for #%s", path, id)
                        .hasSize(1);
            }
            assertThat(page.querySelectorAll("[tabindex]").stream()
                            .map(element -> ((DomElement) element).getAttribute("tabindex"))
                            .toList())
                    .as("%s: the keyboard follows the page's order (no positive tabindex)", path)
                    .allMatch(tabindex -> tabindex.equals("0") || tabindex.equals("-1"));
            assertThat(page.querySelectorAll("[onclick], [onkeydown], div[role=button], span[role=button]"))
                    .as("%s: every action is a real link or button, reachable by keyboard", path)
                    .isEmpty();
        }
    }

    @Test
    void controls_have_a_visible_focus_style() throws Exception {
        String css = browser.getPage(stack.webUrl() + "/css/site.css")
                .getWebResponse()
                .getContentAsString();
        String focusRule = css.lines()
                .dropWhile(line -> !line.startsWith("a:focus"))
                .limit(2)
                .reduce("", String::concat);

        assertThat(focusRule)
                .contains("button:focus", "select:focus", "input:focus", "textarea:focus")
                .containsPattern("outline: *3px solid");
        assertThat(css).doesNotContainPattern("outline: *(none|0)");
    }

    private String institutionNameFromTheApi(String language) throws Exception {
        HttpResponse<String> me = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/api/v1/me"))
                                .header(
                                        "Authorization",
                                        "Bearer " + stack.keycloak().accessToken(AGENT, "demo"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode names =
                JsonMapper.builder().build().readTree(me.body()).path("tenant").path("names");
        JsonNode name = names.has(language) ? names.get(language) : names.get("fr");
        return name.asString();
    }

    private static String text(HtmlPage page, String selector) {
        HtmlElement element = page.querySelector(selector);
        assertThat(element).as(selector).isNotNull();
        return element.getTextContent().strip();
    }
}
