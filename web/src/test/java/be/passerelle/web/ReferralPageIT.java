package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A referral's page as the caseworkers of both sides use it, on the real stack: the receiver's actions
 * (each with the version read as If-Match), messages, attachments through the web client, the "changed
 * meanwhile" answer to a stale version, readable refusals, erasure, and nothing for a third institution.
 */
class ReferralPageIT extends WebIntegrationTest {
    private static final String SENDER = "wal-agent";
    private static final String RECEIVER_INSTITUTION = "energy-ombudsman";
    private static final String RECEIVER = "nrj-agent";
    private static final String THIRD = "vla-agent";
    /** Declines go to another institution than WebClientIT's, whose box filtered by DECLINED must stay empty. */
    private static final String DECLINING_INSTITUTION = "federal-ombudsman";

    private static final String DECLINING = "fed-agent";
    private static final String INJECTED = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";

    @TempDir
    Path files;

    @Test
    void receiver_acknowledges_accepts_writes_and_exchanges_a_file() throws Exception {
        JsonNode referral = aReferral("facts");
        String id = referral.get("id").asString();

        HtmlPage page = signInAt("/referrals/" + id, RECEIVER);
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(page.getWebResponse().getResponseHeaderValue("Cache-Control"))
                .contains("no-store");
        assertThat(text(page, "h1 .reference"))
                .isEqualTo(referral.get("reference").asString());
        assertThat(text(page, "dd.subject")).isEqualTo(referral.get("subject").asString());
        assertThat(text(page, "dd.citizen-name")).contains("-Jeanne", "-Dupont");
        assertThat(text(page, "dd.state")).isEqualTo("Sent");
        assertThat(page.querySelectorAll("form.withdraw"))
                .as("the sender's action")
                .isEmpty();

        page = submit(page, "form.acknowledge");
        assertThat(text(page, "dd.state")).isEqualTo("Acknowledged");
        assertThat(page.querySelectorAll("form.acknowledge")).isEmpty();
        page = submit(page, "form.accept");
        assertThat(text(page, "dd.state")).isEqualTo("Accepted");
        assertThat(page.querySelectorAll("form.close")).isNotEmpty();
        assertThat(page.querySelectorAll("form.decline, form.forward")).isEmpty();
        assertThat(page.querySelectorAll("li.event .to").stream()
                        .map(node -> node.getTextContent())
                        .toList())
                .containsSubsequence("Sent", "Acknowledged", "Accepted");

        String message = PersonalDataMarkers.marked("message") + ": nous prenons le dossier.";
        ((HtmlTextArea) page.getElementById("message-body")).setText(message);
        page = submit(page, "form.post-message");
        assertThat(page.querySelectorAll("li.message .body").stream()
                        .map(node -> node.getTextContent())
                        .toList())
                .contains(message);

        byte[] png = png();
        File file =
                files.resolve(PersonalDataMarkers.marked("facture") + ".png").toFile();
        Files.write(file.toPath(), png);
        HtmlFileInput input = (HtmlFileInput) page.getElementById("attachment-file");
        input.setFiles(file);
        input.setContentType("image/png");
        page = submit(page, "form.upload");
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        HtmlAnchor download = page.querySelector("li.attachment a.download");
        assertThat(download.getTextContent()).isEqualTo(file.getName());

        Page downloaded = download.click();
        WebResponse response = downloaded.getWebResponse();
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsStream().readAllBytes()).isEqualTo(png);
        assertThat(response.getResponseHeaderValue("Cache-Control")).contains("no-store");

        page = submit(page, "form.close");
        assertThat(text(page, "dd.state")).isEqualTo("Closed");
        assertThat(text(page, "dd.outcome")).isEqualTo("Resolved");
    }

    @Test
    void the_received_box_links_to_the_referral_page() throws Exception {
        JsonNode referral = aReferral("link");
        HtmlPage box = signIn(RECEIVER);
        HtmlAnchor link = box.querySelector("td.reference a");
        assertThat(link.getHrefAttribute()).startsWith("/referrals/");

        HtmlPage page = browser.getPage(
                stack.webUrl() + "/referrals/" + referral.get("id").asString());
        assertThat(text(page, "h1 .reference"))
                .isEqualTo(referral.get("reference").asString());
        HtmlPage linked = link.click();
        assertThat(linked.getUrl().getPath()).isEqualTo(link.getHrefAttribute());
        assertThat((Object) linked.querySelector("h1 .reference")).isNotNull();
    }

    @Test
    void receiver_declines_with_a_reason() throws Exception {
        JsonNode referral = stack.refer(
                SENDER,
                DECLINING_INSTITUTION,
                "Page decline " + PersonalDataMarkers.random(),
                PersonalDataMarkers.marked("decline"));
        HtmlPage page = signInAt("/referrals/" + referral.get("id").asString(), DECLINING);

        String reason = PersonalDataMarkers.marked("reason") + ": hors de notre compétence.";
        ((HtmlTextArea) page.getElementById("decline-reason")).setText(reason);
        ((HtmlInput) page.getElementById("decline-suggested")).setValue("vlaamse-ombudsdienst");
        page = submit(page, "form.decline");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(text(page, "dd.state")).isEqualTo("Declined");
        assertThat(page.querySelectorAll("section.actions")).isEmpty();
        assertThat(page.querySelectorAll("li.event .note").stream()
                        .map(node -> node.getTextContent())
                        .toList())
                .contains(reason);
        assertThat(page.querySelectorAll("li.event .suggested").stream()
                        .map(node -> node.getTextContent())
                        .toList())
                .anySatisfy(suggested -> assertThat(suggested).contains("vlaamse-ombudsdienst"));
    }

    @Test
    void a_stale_version_says_someone_changed_it_meanwhile_and_offers_to_reload() throws Exception {
        JsonNode referral = aReferral("stale");
        String id = referral.get("id").asString();
        HtmlPage page = signInAt("/referrals/" + id, RECEIVER);
        String version =
                page.<HtmlInput>querySelector("form.accept input[name=version]").getValue();
        assertThat(version).endsWith("\"" + referral.get("version").asInt() + "\"");

        // a colleague acknowledges it meanwhile, through the API
        assertThat(api("POST", "/api/v1/referrals/" + id + "/acknowledge", RECEIVER)
                        .statusCode())
                .isEqualTo(200);

        HtmlPage stale = submit(page, "form.accept");
        assertThat(stale.getWebResponse().getStatusCode()).isEqualTo(412);
        assertThat(text(stale, ".refusal.stale"))
                .contains("Someone changed this referral meanwhile")
                .doesNotContain("{", "\"status\"");
        assertThat(text(stale, "dd.state")).isEqualTo("Acknowledged");
        HtmlPage reloaded = ((HtmlAnchor) stale.querySelector(".refusal.stale a.reload")).click();
        assertThat(reloaded.getUrl().getPath()).isEqualTo("/referrals/" + id);
        assertThat(reloaded.querySelectorAll(".refusal")).isEmpty();
        assertThat(text(submit(reloaded, "form.accept"), "dd.state")).isEqualTo("Accepted");
    }

    @Test
    void a_refusal_of_the_api_is_a_readable_message_next_to_its_action() throws Exception {
        JsonNode referral = aReferral("refused");
        HtmlPage page = signInAt("/referrals/" + referral.get("id").asString(), RECEIVER);

        ((HtmlInput) page.getElementById("forward-receiver")).setValue("no-such-institution");
        ((HtmlCheckBoxInput) page.getElementById("forward-consent")).setChecked(true);
        ((HtmlInput) page.getElementById("forward-channel")).setValue("phone");
        ((HtmlInput) page.getElementById("forward-text")).setValue("2026-01");
        HtmlPage refused = submit(page, "form.forward");

        assertThat(refused.getWebResponse().getStatusCode()).isBetween(400, 499);
        assertThat(refused.querySelectorAll("form.forward .refusal")).hasSize(1);
        assertThat(refused.querySelectorAll("form.decline .refusal, form.accept .refusal"))
                .isEmpty();
        assertThat(text(refused, "form.forward .refusal")).doesNotContain("{", "\"type\"", "problem+json");
        assertThat(text(refused, "dd.state")).isEqualTo("Sent");
    }

    @Test
    void a_caseworker_of_another_institution_gets_a_404_page_and_nothing_of_the_referral() throws Exception {
        JsonNode referral = aReferral("third");
        String id = referral.get("id").asString();

        HtmlPage page = signInAt("/referrals/" + id, THIRD);

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(404);
        String html = page.getWebResponse().getContentAsString();
        assertThat(html)
                .contains("does not exist or is not available to you")
                .doesNotContain(
                        referral.get("reference").asString(),
                        referral.get("subject").asString(),
                        "-Jeanne",
                        "-Dupont",
                        PersonalDataMarkers.MARKER);
        assertThat(page.querySelectorAll("form"))
                .allSatisfy(form ->
                        assertThat(((HtmlElement) form).getAttribute("action")).doesNotContain(id));
        Page attachment = browser.getPage(stack.webUrl() + "/referrals/" + id + "/attachments/" + id);
        assertThat(attachment.getWebResponse().getStatusCode()).isEqualTo(404);
    }

    @Test
    void an_injected_script_in_a_message_is_inert() throws Exception {
        JsonNode referral = aReferral("script");
        String id = referral.get("id").asString();
        HtmlPage page = signInAt("/referrals/" + id, SENDER);
        assertThat(page.querySelectorAll("form.withdraw"))
                .as("the sender's action")
                .isNotEmpty();
        assertThat(page.querySelectorAll("form.accept, form.decline")).isEmpty();
        ((HtmlTextArea) page.getElementById("message-body")).setText(INJECTED);
        submit(page, "form.post-message");

        // the receiver reads it, in a browser of their own
        browser.close();
        browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.addRequestHeader("Accept-Language", "en");
        HtmlPage received = signInAt("/referrals/" + id, RECEIVER);

        assertThat(received.querySelectorAll("li.message .body").stream()
                        .map(node -> node.getTextContent())
                        .toList())
                .contains(INJECTED);
        assertThat(received.querySelectorAll("li.message script, li.message img"))
                .isEmpty();
        assertThat(received.getWebResponse().getContentAsString())
                .contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;")
                .doesNotContain(INJECTED);
    }

    @Test
    void a_party_erases_the_citizens_data_on_request() throws Exception {
        JsonNode referral = aReferral("erase");
        HtmlPage page = signInAt("/referrals/" + referral.get("id").asString(), SENDER);
        assertThat(page.querySelectorAll("dd.citizen-name")).hasSize(1);

        ((HtmlCheckBoxInput) page.getElementById("erase-confirm")).setChecked(true);
        page = submit(page, "form.erase");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(page.querySelectorAll("dd.citizen-name")).isEmpty();
        assertThat((Object) page.querySelector("p.no-citizen")).isNotNull();
        assertThat(page.getWebResponse().getContentAsString()).doesNotContain("-Jeanne", "-Dupont");
    }

    private JsonNode aReferral(String what) {
        return stack.refer(
                SENDER,
                RECEIVER_INSTITUTION,
                "Page " + what + " " + PersonalDataMarkers.random(),
                PersonalDataMarkers.marked(what));
    }

    /** Submits the page's form of this class with its submit button, as a user does. */
    private static HtmlPage submit(HtmlPage page, String form) throws Exception {
        HtmlElement button = page.querySelector(form + " button[type=submit]");
        assertThat(button).as("the button of %s", form).isNotNull();
        return button.click();
    }

    private static String text(HtmlPage page, String selector) {
        DomElement element = page.querySelector(selector);
        assertThat(element).as(selector).isNotNull();
        return element.getTextContent().strip();
    }

    private HttpResponse<String> api(String method, String path, String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                                .header(
                                        "Authorization",
                                        "Bearer " + stack.keycloak().accessToken(user, "demo"))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
