package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.stack.WebTestStack;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The citizen's public status page on the real stack: no sign-in, the reference and code posted to the web
 * client and from it to the API's status check, the answer in the citizen's language; a neutral answer for
 * a wrong reference or code; the API's rate limit per citizen (the web client forwards the citizen's
 * address to the API, which trusts it as a proxy in this stack) shown as "try again in N".
 */
@ExtendWith(OutputCaptureExtension.class)
class CitizenStatusIT extends WebIntegrationTest {
    private static JsonNode referral;

    @BeforeAll
    static void aReferralWithItsReceipt() {
        referral = WebTestStack.started()
                .refer(
                        "wal-agent",
                        "energy-ombudsman",
                        "Compteur bloqué " + PersonalDataMarkers.random(),
                        PersonalDataMarkers.marked("status"));
    }

    @Test
    void a_citizen_sees_the_status_without_signing_in_in_their_language(CapturedOutput output) throws Exception {
        asCitizenAt(anAddress());
        browser.removeRequestHeader("Accept-Language");
        browser.addRequestHeader("Accept-Language", "nl-BE,nl;q=0.9");
        HtmlPage form = browser.getPage(stack.webUrl() + "/status");

        assertThat(form.getUrl().getPath()).as("no sign-in").isEqualTo("/status");
        assertThat(form.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(form.querySelector("h1").getTextContent()).isEqualTo("Uw dossier volgen");
        assertThat(form.querySelectorAll("form.logout, nav.site-nav"))
                .as("nothing of the staff's")
                .isEmpty();
        assertThat(form.getWebResponse().getResponseHeaderValue("Cache-Control"))
                .contains("no-store");

        HtmlPage answer = submit(form, reference(), code());

        assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(answer.getUrl().toString()).isEqualTo(stack.webUrl() + "/status");
        assertThat(answer.getWebResponse().getResponseHeaderValue("Cache-Control"))
                .contains("no-store");
        assertThat(text(answer, "dd.reference")).isEqualTo(reference());
        assertThat(text(answer, "dd.state")).isEqualTo("Verstuurd");
        assertThat(text(answer, "dd.institution")).isNotBlank();
        assertThat(answer.getWebResponse().getContentAsString())
                .as("the code is not shown back")
                .doesNotContain(code());
        assertThat(output.getAll()).as("the code is in no log line").doesNotContain(code());
    }

    @Test
    void a_wrong_code_and_a_wrong_reference_get_the_same_neutral_answer() throws Exception {
        asCitizenAt(anAddress());
        HtmlPage wrongCode = submit(browser.getPage(stack.webUrl() + "/status"), reference(), "AAAA-BBBB-CCCCC");
        HtmlPage wrongReference = submit(browser.getPage(stack.webUrl() + "/status"), "PSR-2026-ZZZZZZ", code());

        assertThat(wrongCode.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(wrongReference.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(text(wrongCode, "#status-problem"))
                .isEqualTo("No case matches this reference and access code. Check both and try again.")
                .isEqualTo(text(wrongReference, "#status-problem"));
        assertThat(wrongCode.querySelectorAll("section.status-result")).isEmpty();
        assertThat(((HtmlInput) wrongCode.getElementById("code")).getValue())
                .as("the code is not filled in again")
                .isEmpty();
    }

    @Test
    void the_status_form_carries_a_csrf_token_and_a_post_without_it_is_refused() throws Exception {
        asCitizenAt(anAddress());
        HtmlPage form = browser.getPage(stack.webUrl() + "/status");
        assertThat((Object) form.querySelector("form.status-form input[type=hidden][name=_csrf]"))
                .isNotNull();

        WebRequest forged = new WebRequest(new URL(stack.webUrl() + "/status"), HttpMethod.POST);
        forged.setRequestParameters(
                List.of(new NameValuePair("reference", reference()), new NameValuePair("code", code())));
        Page refused = browser.getPage(forged);

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(refused.getWebResponse().getContentAsString()).doesNotContain("dd class=\"state\"");
    }

    @Test
    void the_apis_rate_limit_per_citizen_reads_try_again_in_n() throws Exception {
        String greedy = anAddress();
        asCitizenAt(greedy);
        HtmlPage form = browser.getPage(stack.webUrl() + "/status");
        // the API's budget is 30 a minute per address, in fixed windows: 61 attempts exceed it in one window
        List<Integer> statuses = new ArrayList<>();
        HtmlPage last = form;
        for (int attempt = 0; attempt < 61 && !statuses.contains(429); attempt++) {
            last = submit(last, reference(), code());
            statuses.add(last.getWebResponse().getStatusCode());
        }

        assertThat(statuses).contains(200).endsWith(429);
        assertThat(text(last, "#status-problem")).matches("Too many attempts\\. Please try again in \\d+ seconds\\.");
        assertThat(last.getWebResponse().getResponseHeaderValue("Retry-After")).matches("\\d+");
        assertThat(last.querySelectorAll("section.status-result")).isEmpty();

        asCitizenAt(anAddress());
        HtmlPage another = submit(browser.getPage(stack.webUrl() + "/status"), reference(), code());
        assertThat(another.getWebResponse().getStatusCode())
                .as("another citizen (another address) keeps their own budget")
                .isEqualTo(200);
    }

    @Test
    void the_citizen_switches_the_language_of_the_page() throws Exception {
        asCitizenAt(anAddress());
        HtmlPage form = browser.getPage(stack.webUrl() + "/status");
        assertThat(form.querySelector("h1").getTextContent()).isEqualTo("Follow your case");

        HtmlPage german = ((HtmlElement) form.querySelector("form.language-switch button[value=de]")).click();

        assertThat(german.getUrl().toString()).isEqualTo(stack.webUrl() + "/status");
        assertThat(german.getDocumentElement().getAttribute("lang")).isEqualTo("de");
        assertThat(german.querySelector("h1").getTextContent()).isEqualTo("Ihre Akte verfolgen");
        assertThat(((HtmlElement) german.querySelector("form.language-switch button[value=de]"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        HtmlPage answer = submit(german, reference(), code());
        assertThat(text(answer, "dd.state")).isEqualTo("Gesendet");
    }

    private static HtmlPage submit(HtmlPage page, String reference, String code) throws Exception {
        ((HtmlInput) page.getElementById("reference")).setValue(reference);
        ((HtmlInput) page.getElementById("code")).setValue(code);
        return ((HtmlElement) page.querySelector("form.status-form button[type=submit]")).click();
    }

    private static String text(HtmlPage page, String selector) {
        HtmlElement element = page.querySelector(selector);
        assertThat(element).as(selector).isNotNull();
        return element.getTextContent().strip();
    }

    /** The browser's requests come through a proxy the web client trusts, for a citizen at this address. */
    private void asCitizenAt(String address) {
        browser.removeRequestHeader("X-Forwarded-For");
        browser.addRequestHeader("X-Forwarded-For", address);
    }

    /** A fresh documentation address (RFC 5737), so each test has the API's budget of its own. */
    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }

    private static String reference() {
        return referral.get("reference").asString();
    }

    private static String code() {
        return referral.get("accessCode").asString();
    }
}
