package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.stack.WebTestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sending a referral as a caseworker does it, on the real stack: the competence finder, the form, the
 * citizen's receipt in the citizen's language, a double submit, the API's refusals next to the fields, and
 * the sent box with its filters.
 */
class NewReferralIT extends WebIntegrationTest {
    private static final String SENDER = "vla-agent";
    private static final String RECEIVER = "energy-ombudsman";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<JsonNode> SENT = new ArrayList<>();
    private static String tag;

    @BeforeAll
    static void referralsInTheSentBox() {
        WebTestStack stack = WebTestStack.started();
        tag = PersonalDataMarkers.random();
        for (String letter : List.of("A", "B", "C")) {
            SENT.add(stack.refer(
                    SENDER, RECEIVER, "Sent box " + letter + " " + tag, PersonalDataMarkers.marked(letter)));
        }
    }

    @Test
    void finder_then_form_then_the_receipt_in_the_citizens_language() throws Exception {
        HtmlPage finder = signInAt("/referrals/new", SENDER);
        assertThat(finder.querySelector("h1").getTextContent())
                .isEqualTo("New referral: find the competent institution");

        HtmlPage matches = find(finder, "energy", "9000");
        HtmlElement candidate = matches.querySelector("li.candidate[data-slug=" + RECEIVER + "]");
        assertThat(candidate).as("the energy ombudsman among the candidates").isNotNull();
        assertThat(candidate.querySelectorAll("ul.reasons li")).isNotEmpty();
        assertThat(candidate.querySelector("h3.name").getTextContent()).isEqualTo("Energy Ombudsman");

        HtmlPage form = ((HtmlAnchor) candidate.querySelector("a.choose")).click();
        assertThat(form.querySelector("h1").getTextContent()).isEqualTo("Refer a case to Energy Ombudsman");
        assertThat(((HtmlInput) form.getElementByName("idempotencyKey")).getValue())
                .as("a key generated with the form")
                .isNotBlank();
        assertThat(((HtmlInput) form.getElementByName("postalCode")).getValue())
                .as("the finder's postal code")
                .isEqualTo("9000");
        String subject = "Receipt " + PersonalDataMarkers.random();
        fill(form, subject, "+32 9 123 45 67", true);
        select(form, "preferredLanguage", "nl");

        HtmlPage receipt = send(form);

        assertThat(receipt.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(receipt.getWebResponse().getResponseHeaderValue("Cache-Control"))
                .contains("no-store");
        assertThat(receipt.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(receipt.querySelector("h1").getTextContent()).isEqualTo("Ontvangstbewijs van uw dossier");
        String reference = text(receipt, "dd.reference");
        String code = text(receipt, "dd.access-code");
        assertThat(reference).isNotBlank();
        assertThat(code).isNotBlank();
        assertThat(text(receipt, "address.receiver .name")).isEqualTo("Ombudsdienst voor Energie");
        assertThat(text(receipt, "ol.next-steps"))
                .contains("Ombudsdienst voor Energie bevestigt de ontvangst van uw dossier binnen 5 werkdagen")
                .contains(stack.webUrl() + "/status");
        assertThat(receipt.querySelectorAll("link[rel=stylesheet]").stream()
                        .map(link -> ((HtmlElement) link).getAttribute("href")))
                .contains("/css/receipt.css");
        assertThat(citizenStatus(reference, code))
                .as("the code on the receipt is the citizen's real access code")
                .isEqualTo(200);
    }

    @Test
    void a_double_submit_of_the_form_creates_one_referral() throws Exception {
        HtmlPage form = formFor(signInAt("/referrals/new", SENDER));
        String subject = "Double " + PersonalDataMarkers.random();
        fill(form, subject, "", true);

        HtmlPage first = send(form);
        HtmlPage second = send(form);

        assertThat(text(second, "dd.reference")).isEqualTo(text(first, "dd.reference"));
        assertThat(text(second, "dd.access-code")).isEqualTo(text(first, "dd.access-code"));
        List<String> subjects = allPages(browser.getPage(stack.webUrl() + "/sent")).stream()
                .flatMap(page -> page.querySelectorAll("td.subject").stream())
                .map(cell -> cell.getTextContent())
                .filter(subject::equals)
                .toList();
        assertThat(subjects).as("one referral in the sent box").hasSize(1);
    }

    @Test
    void the_apis_refusals_are_shown_next_to_the_fields() throws Exception {
        HtmlPage form = formFor(signInAt("/referrals/new", SENDER));
        String subject = "Refused " + PersonalDataMarkers.random();
        fill(form, subject, "not a phone", true);

        HtmlPage invalid = send(form);

        assertThat(invalid.querySelector("h1").getTextContent()).isEqualTo("Refer a case to Energy Ombudsman");
        assertThat(text(invalid, "#phone-error")).isEqualTo("Give a valid phone number, e.g. +32 2 123 45 67.");
        assertThat(invalid.getElementById("phone").getAttribute("aria-describedby"))
                .isEqualTo("phone-error");
        assertThat((Object) invalid.querySelector("#consentGiven-error")).isNull();
        assertThat(((HtmlInput) invalid.getElementByName("subject")).getValue())
                .as("what was typed stays")
                .isEqualTo(subject);

        ((HtmlInput) invalid.getElementByName("phone")).setValue("+32 9 123 45 67");
        ((HtmlCheckBoxInput) invalid.getElementByName("consentGiven")).setChecked(false);
        HtmlPage withoutConsent = send(invalid);

        assertThat(text(withoutConsent, "#consentGiven-error"))
                .isEqualTo("The citizen's consent is required to send the referral.");
        assertThat((Object) withoutConsent.querySelector("#phone-error")).isNull();
        assertThat(withoutConsent.getWebResponse().getContentAsString()).doesNotContain("\"errors\"", "problem+json");
        assertThat(allPages(browser.getPage(stack.webUrl() + "/sent")).stream()
                        .flatMap(page -> page.querySelectorAll("td.subject").stream())
                        .map(cell -> cell.getTextContent()))
                .as("nothing sent")
                .doesNotContain(subject);
    }

    @Test
    void the_finder_shows_a_postal_code_outside_belgium_next_to_the_field() throws Exception {
        HtmlPage refused = find(signInAt("/referrals/new", SENDER), "energy", "0999");

        assertThat(text(refused, "#postalCode-error"))
                .isEqualTo("Give a Belgian postal code of four digits, e.g. 1000.");
        assertThat((Object) refused.querySelector("ol.candidates")).isNull();
    }

    @Test
    void the_sent_box_lists_the_referrals_with_their_due_dates_and_filters() throws Exception {
        HtmlPage received = signIn(SENDER);
        HtmlPage sent = ((HtmlAnchor) received.querySelector("a.to-sent")).click();
        assertThat(sent.getUrl().getPath()).isEqualTo("/sent");
        assertThat(sent.querySelector("h1").getTextContent()).isEqualTo("Sent referrals");
        String reference = SENT.get(0).get("reference").asString();
        HtmlElement row = rowOf(pageWith(sent, reference), reference);
        assertThat(row.querySelector("td.other").getTextContent()).isEqualTo(RECEIVER);
        assertThat(row.querySelector("td.due span").getTextContent()).isNotBlank();

        HtmlPage filtered = filter(sent, "SENT", "energy", false);
        assertThat(filtered.getUrl().getQuery()).contains("state=SENT", "sector=energy");
        assertThat(references(allPages(filtered)))
                .containsAll(
                        SENT.stream().map(r -> r.get("reference").asString()).toList());
        HtmlAnchor next = filtered.querySelector("a.next");
        assertThat(next).as("pages of two").isNotNull();
        assertThat(next.getHrefAttribute()).contains("state=SENT", "sector=energy");

        assertThat(references(allPages(filter(sent, "ACCEPTED", "", false)))).doesNotContain(reference);
        assertThat(references(allPages(filter(sent, "", "telecom", false)))).doesNotContain(reference);
        HtmlPage overdue = filter(sent, "", "", true);
        assertThat(overdue.getUrl().getQuery()).contains("overdue=true");
        assertThat(references(allPages(overdue)))
                .as("new referrals are not overdue")
                .doesNotContain(reference);
    }

    private HtmlPage formFor(HtmlPage finder) throws Exception {
        HtmlPage matches = find(finder, "energy", "9000");
        return ((HtmlAnchor) matches.querySelector("li.candidate[data-slug=" + RECEIVER + "] a.choose")).click();
    }

    private static HtmlPage find(HtmlPage finder, String sector, String postalCode) throws Exception {
        HtmlForm form = finder.querySelector("form.finder");
        select(finder, "sector", sector);
        form.getInputByName("postalCode").setValue(postalCode);
        return ((HtmlElement) form.querySelector("button[type=submit]")).click();
    }

    private static void fill(HtmlPage form, String subject, String phone, boolean consent) {
        ((HtmlInput) form.getElementByName("subject")).setValue(subject);
        ((HtmlTextArea) form.getElementByName("summary"))
                .setText(PersonalDataMarkers.marked("s") + ": contested energy bill");
        ((HtmlInput) form.getElementByName("firstName")).setValue(PersonalDataMarkers.marked("f") + "-Jan");
        ((HtmlInput) form.getElementByName("lastName")).setValue(PersonalDataMarkers.marked("l") + "-Peeters");
        ((HtmlInput) form.getElementByName("phone")).setValue(phone);
        select(form, "preferredLanguage", "fr");
        ((HtmlCheckBoxInput) form.getElementByName("priorContactMade")).setChecked(true);
        ((HtmlCheckBoxInput) form.getElementByName("consentGiven")).setChecked(consent);
    }

    private static HtmlPage send(HtmlPage form) throws Exception {
        return ((HtmlElement) form.querySelector("form.new-referral button[type=submit]")).click();
    }

    private static HtmlPage filter(HtmlPage box, String state, String sector, boolean overdue) throws Exception {
        select(box, "state", state);
        select(box, "sector", sector);
        ((HtmlCheckBoxInput) box.getElementByName("overdue")).setChecked(overdue);
        return ((HtmlElement) box.querySelector("form.filters button")).click();
    }

    private static void select(HtmlPage page, String name, String value) {
        HtmlSelect select = page.getElementByName(name);
        select.setSelectedAttribute(select.getOptionByValue(value), true);
    }

    private static String text(HtmlPage page, String selector) {
        HtmlElement element = page.querySelector(selector);
        assertThat(element).as(selector).isNotNull();
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static List<String> references(List<HtmlPage> pages) {
        return pages.stream()
                .flatMap(page -> page.querySelectorAll("td.reference").stream())
                .map(cell -> cell.getTextContent())
                .toList();
    }

    /** The API's public status check with the receipt's reference and code (what the citizen will do). */
    private int citizenStatus(String reference, String code) throws Exception {
        String body = JSON.createObjectNode()
                .put("reference", reference)
                .put("code", code)
                .toString();
        HttpResponse<String> status = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/api/v1/public/referral-status"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return status.statusCode();
    }
}
