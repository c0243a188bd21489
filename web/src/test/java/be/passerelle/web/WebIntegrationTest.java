package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.stack.WebTestStack;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every web client integration test: one application context (the same settings for every
 * class, since the web client listens on the stack's fixed test port), the real stack of
 * {@link WebTestStack}, and a fresh HtmlUnit browser per test that signs in through the real Keycloak form.
 */
@SpringBootTest(
        classes = WebApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            WebApplication.CONFIG_NAME,
            // infra's embedded database bootstrap is on the test class path (for the API): not for the web client
            "passerelle.db.embedded.enabled=false",
            "springdoc.api-docs.enabled=false",
            "springdoc.swagger-ui.enabled=false",
            // small pages, so that three referrals need the next page
            "passerelle.web.page-size=2"
        })
public abstract class WebIntegrationTest {
    protected WebTestStack stack;
    protected WebClient browser;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        WebTestStack.started().webProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeEach
    void browser() {
        stack = WebTestStack.started();
        browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.addRequestHeader("Accept-Language", "en");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** Signs in as this demo user (password {@code demo}) on the way to the received box. */
    protected HtmlPage signIn(String username) throws Exception {
        return signInAt("/received", username);
    }

    /** Opens this page of the web client, which asks for a sign-in, and signs in as this demo user. */
    protected HtmlPage signInAt(String path, String username) throws Exception {
        return signInOn(browser.getPage(stack.webUrl() + path), username);
    }

    /** Fills in Keycloak's login form (username first, then password, as the realm asks). */
    protected static HtmlPage signInOn(HtmlPage login, String username) throws Exception {
        assertThat(login.getUrl().toString()).as("Keycloak's login form").contains("/protocol/openid-connect/auth");
        ((HtmlInput) login.getElementByName("username")).setValue(username);
        HtmlPage password = login;
        if (login.getElementsByName("password").isEmpty()) {
            // the realm has organizations: Keycloak asks for the username first, then the password
            password = ((HtmlElement) login.getElementById("kc-login")).click();
        }
        ((HtmlInput) password.getElementByName("password")).setValue("demo");
        return ((HtmlElement) password.getElementById("kc-login")).click();
    }

    /** The box's pages, following its "next page" links from this first one. */
    protected static List<HtmlPage> allPages(HtmlPage first) throws Exception {
        List<HtmlPage> pages = new ArrayList<>(List.of(first));
        HtmlPage page = first;
        while (page.querySelector("a.next") != null && pages.size() < 50) {
            page = ((HtmlAnchor) page.querySelector("a.next")).click();
            pages.add(page);
        }
        return pages;
    }

    /** The page of the box that lists this reference. */
    protected static HtmlPage pageWith(HtmlPage first, String reference) throws Exception {
        return allPages(first).stream()
                .filter(page -> rowOf(page, reference) != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is in no page of the box"));
    }

    /** The box row of this reference on this page, or null. */
    protected static HtmlElement rowOf(HtmlPage page, String reference) {
        return page.querySelectorAll("tr.referral").stream()
                .map(HtmlElement.class::cast)
                .filter(row ->
                        row.querySelector("td.reference").getTextContent().equals(reference))
                .findFirst()
                .orElse(null);
    }
}
