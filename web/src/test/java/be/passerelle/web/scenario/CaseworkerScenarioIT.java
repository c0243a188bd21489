package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.WebIntegrationTest;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/**
 * Part 1's journeys in a real browser engine: the receiving caseworker acting on a referral, the sending
 * caseworker creating one with the keyboard alone and following it, and the citizen checking its status.
 */
class CaseworkerScenarioIT extends WebIntegrationTest {
    private static final String RECEIVER = "energy-ombudsman";

    @Scenario
    void the_receiver_acknowledges_accepts_and_answers_a_referral(Browser browser) {
        JsonNode referral = stack.refer(
                "wal-agent", RECEIVER, "Scenario " + PersonalDataMarkers.random(), PersonalDataMarkers.marked("r"));

        browser.signIn("nrj-agent");
        assertThat(browser.path()).isEqualTo("/received");
        assertThat(browser.text("h1")).isEqualTo("Received referrals");
        browser.screenshot("received-box");

        browser.open("/referrals/" + referral.get("id").asString());
        assertThat(browser.text("h1 .reference"))
                .isEqualTo(referral.get("reference").asString());
        assertThat(browser.text("dd.state")).isEqualTo("Sent");
        browser.click("form.acknowledge button[type=submit]");
        assertThat(browser.text("dd.state")).isEqualTo("Acknowledged");
        browser.click("form.accept button[type=submit]");
        assertThat(browser.text("dd.state")).isEqualTo("Accepted");
        browser.fill("form.post-message textarea", "Nous prenons le dossier en charge.")
                .click("form.post-message button[type=submit]");
        assertThat(browser.texts("section.messages li, .messages li"))
                .anySatisfy(message -> assertThat(message).contains("Nous prenons le dossier en charge."));
        browser.screenshot("referral");
    }

    /** With the keyboard alone once signed in (Keycloak's form is not ours): Tab, typing, Space and Enter. */
    @Scenario(engines = Engine.CHROMIUM)
    void a_caseworker_creates_a_referral_with_the_keyboard_alone(Browser browser) {
        browser.signIn("vla-agent");
        String subject = "Keyboard " + PersonalDataMarkers.random();

        browser.tabTo("nav.site-nav a[href='/referrals/new']").press(Keys.ENTER);
        assertThat(browser.text("h1")).isEqualTo("New referral: find the competent institution");
        browser.tabTo("#sector").press("Energy");
        browser.tabTo("#postalCode").press("9000", Keys.ENTER);
        browser.screenshot("finder");
        browser.tabTo("li.candidate[data-slug=" + RECEIVER + "] a.choose").press(Keys.ENTER);
        assertThat(browser.text("h1")).isEqualTo("Refer a case to Energy Ombudsman");

        browser.tabTo("#subject").press(subject);
        browser.tabTo("#summary").press("The citizen disputes an annual energy bill.");
        browser.tabTo("#priorContactMade").press(Keys.SPACE);
        browser.tabTo("#firstName").press(PersonalDataMarkers.marked("f") + "-Jan");
        browser.tabTo("#lastName").press(PersonalDataMarkers.marked("l") + "-Peeters");
        browser.tabTo("#preferredLanguage").press("Dutch");
        browser.tabTo("#consentGiven").press(Keys.SPACE);
        browser.screenshot("referral-form");
        browser.tabTo("form.new-referral button[type=submit]").press(Keys.ENTER);

        assertThat(browser.has("dd.reference")).as("the citizen's receipt").isTrue();
        assertThat(browser.find("html").getDomAttribute("lang"))
                .as("in the citizen's language")
                .isEqualTo("nl");
        String reference = browser.text("dd.reference");
        assertThat(reference).isNotBlank();
        assertThat(browser.text("dd.access-code")).isNotBlank();
        browser.screenshot("receipt");

        browser.open("/sent");
        assertThat(browser.texts("td.subject")).as("the newest first").contains(subject);
    }

    @Scenario
    void a_caseworker_switches_the_language_and_signs_out(Browser browser) {
        browser.signIn("fed-agent");

        browser.click(".language-switch button[value=nl]");
        assertThat(browser.path()).isEqualTo("/received");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("nl");
        assertThat(browser.text("h1")).isNotEqualTo("Received referrals");

        browser.click("form.logout button[type=submit]");
        assertThat(browser.path()).isEqualTo("/signed-out");
        browser.open("/received");
        assertThat(browser.url()).as("signed out: Keycloak asks again").contains("/protocol/openid-connect/auth");
    }

    @Scenario
    void a_citizen_follows_their_case_without_signing_in(Browser browser) {
        JsonNode referral = stack.refer(
                "wal-agent", RECEIVER, "Status " + PersonalDataMarkers.random(), PersonalDataMarkers.marked("s"));

        browser.open("/status");
        assertThat(browser.text("h1")).isEqualTo("Follow your case");
        browser.fill("#reference", referral.get("reference").asString())
                .fill("#code", referral.get("accessCode").asString())
                .click("form.status-form button[type=submit]");

        assertThat(browser.has(".status-result")).isTrue();
        assertThat(browser.text(".status-result"))
                .contains(referral.get("reference").asString());
        browser.screenshot("citizen-status");
    }
}
