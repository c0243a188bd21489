package be.passerelle.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The institution admin's directory entry and referral intake pages: editing them, someone else's change
 * meanwhile (the API's 412) shown beside the user's edits without overwriting anything, the API's refusals
 * next to their fields, and the pages closed to a caseworker. What a run changes is put back after it (other
 * tests refer cases to this institution: its intake must accept them).
 */
class AdminDirectoryScenarioIT extends WebIntegrationTest {
    private static final String SLUG = "federal-ombudsman";
    private static final String ADMIN = "fed-admin";

    private AdminApi api;
    private AdminApi.Entry original;

    @BeforeEach
    void remember() {
        api = AdminApi.as(stack, ADMIN);
        original = api.entry(SLUG);
    }

    @AfterEach
    void restore() {
        api.restore(SLUG, original);
    }

    @Scenario
    void an_admin_edits_the_entry_and_finds_it_saved_and_in_the_history(Browser browser) {
        browser.signInAt("/received", ADMIN).waitFor("nav.admin-nav");
        browser.click("nav.admin-nav a[href='/admin/directory']");
        assertThat(browser.text("h1")).isEqualTo("Our directory entry");
        assertThat(browser.value("#names-fr"))
                .isEqualTo(original.entry().get("names").get("fr").asString());
        assertThat(browser.find("#names-nl").getDomAttribute("lang")).isEqualTo("nl");
        assertThat(browser.find("#competences-0-territory option[value=BE]").isSelected())
                .isTrue();
        browser.screenshot("admin-directory");
        String description = "Plaintes fédérales " + UUID.randomUUID();

        browser.fill("#descriptions-fr", description).fill("#contact-phone", "+32 2 289 27 27");

        browser.click("button.save");

        assertThat(browser.path()).isEqualTo("/admin/directory");
        assertThat(browser.text(".notice")).isEqualTo("The directory entry is saved.");
        assertThat(browser.value("#descriptions-fr")).isEqualTo(description);
        AdminApi.Entry now = api.entry(SLUG);
        assertThat(now.entry().get("descriptions").get("fr").asString()).isEqualTo(description);
        assertThat(now.entry().get("contact").get("phone").asString()).isEqualTo("+32 2 289 27 27");
        assertThat(now.entry().get("competences"))
                .as("untouched")
                .isEqualTo(original.entry().get("competences"));
        assertThat(now.entry().get("admissibility")).isEqualTo(original.entry().get("admissibility"));
        assertThat(browser.texts("table.history tbody td:nth-child(3)")).first().isEqualTo(ADMIN);
    }

    @Scenario
    void a_change_made_meanwhile_is_shown_beside_the_users_edits_and_nothing_is_overwritten(Browser browser) {
        browser.signInAt("/admin/directory", ADMIN).waitFor("button.save");
        String theirs = "Federal Ombudsman " + UUID.randomUUID();
        changeBehindThePagesBack(entry -> ((ObjectNode) entry.get("names")).put("en", theirs));
        String mine = "Onze beschrijving " + UUID.randomUUID();

        browser.fill("#descriptions-nl", mine);

        browser.click("button.save");

        assertThat(browser.text(".conflict h2")).isEqualTo("Someone changed this entry meanwhile");
        assertThat(browser.value("#descriptions-nl"))
                .as("the user's edit is kept")
                .isEqualTo(mine);
        assertThat(browser.text("#names-en-saved")).isEqualTo("Saved meanwhile: " + theirs);
        assertThat(browser.find("#names-en").getDomAttribute("aria-describedby"))
                .isEqualTo("names-en-saved");
        browser.screenshot("admin-directory-conflict");
        AdminApi.Entry now = api.entry(SLUG);
        assertThat(now.entry().get("names").get("en").asString()).isEqualTo(theirs);
        assertThat(now.entry().get("descriptions").has("nl"))
                .as("nothing saved")
                .isFalse();

        browser.click("a.reload");
        assertThat(browser.has(".conflict")).isFalse();
        assertThat(browser.value("#names-en")).isEqualTo(theirs);
        assertThat(browser.value("#descriptions-nl")).isEmpty();
    }

    @Scenario
    void after_a_conflict_the_admin_saves_their_edits_knowingly(Browser browser) {
        browser.signInAt("/admin/directory", ADMIN).waitFor("button.save");
        changeBehindThePagesBack(entry -> ((ObjectNode) entry.get("names")).put("en", "Changed meanwhile"));
        browser.fill("#contact-email", "plaintes@example.org");
        browser.click("button.save");
        assertThat(browser.has(".conflict")).isTrue();
        assertThat(api.entry(SLUG).entry().get("contact").toString()).doesNotContain("plaintes@example.org");

        browser.click("button.save");

        assertThat(browser.text(".notice")).isEqualTo("The directory entry is saved.");
        assertThat(api.entry(SLUG).entry().get("contact").get("email").asString())
                .isEqualTo("plaintes@example.org");
    }

    @Scenario
    void values_the_api_refuses_are_shown_next_to_their_fields_and_nothing_is_saved(Browser browser) {
        browser.signInAt("/admin/directory", ADMIN).waitFor("button.save");
        int lastSocialRow = browser.findAll("input[name$='.network']").size() - 1;

        browser.fill("#contact-website", "not a link")
                .fill("#contact-socialMedia-" + lastSocialRow + "-network", "mastodon")
                .fill("#contact-socialMedia-" + lastSocialRow + "-url", "nowhere");

        browser.click("button.save");

        assertThat(browser.text(".problems h2")).isEqualTo("Nothing was saved: please check these fields");
        assertThat(browser.value("#contact-website")).isEqualTo("not a link");
        assertThat(browser.find("#contact-website").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find("#contact-website").getDomAttribute("aria-describedby"))
                .isEqualTo("contact-website-problem");
        assertThat(browser.text("#contact-website-problem")).startsWith("This value was refused:");
        assertThat(browser.find("#contact-socialMedia-" + lastSocialRow + "-url")
                        .getDomAttribute("aria-describedby"))
                .as("the API's index of the account sent is the form's row")
                .isEqualTo("contact-socialMedia-" + lastSocialRow + "-url-problem");
        browser.screenshot("admin-directory-refused");
        assertThat(api.entry(SLUG).etag()).isEqualTo(original.etag());
    }

    @Scenario
    void an_admin_changes_the_referral_intake_and_a_change_meanwhile_is_shown_the_same_way(Browser browser) {
        browser.signInAt("/received", ADMIN).waitFor("nav.admin-nav");
        browser.click("nav.admin-nav a[href='/admin/intake']");
        assertThat(browser.find("#acceptsReferrals-true").isSelected()).isTrue();
        browser.screenshot("admin-intake");

        browser.fill("#acknowledgementWorkingDays", "9");

        browser.click("button.save");

        assertThat(browser.text(".notice")).isEqualTo("The referral intake settings are saved.");
        assertThat(api.entry(SLUG)
                        .entry()
                        .get("referralIntake")
                        .get("acknowledgementWorkingDays")
                        .asInt())
                .isEqualTo(9);

        changeBehindThePagesBack(entry -> ((ObjectNode) entry.get("referralIntake")).put("acceptsReferrals", false));
        browser.fill("#acknowledgementWorkingDays", "10");
        browser.click("button.save");

        assertThat(browser.text(".conflict h2")).isEqualTo("Someone changed this entry meanwhile");
        assertThat(browser.value("#acknowledgementWorkingDays")).isEqualTo("10");
        assertThat(browser.find("#acceptsReferrals-true").isSelected())
                .as("the user's choice is kept")
                .isTrue();
        assertThat(browser.text("#acceptsReferrals-saved")).isEqualTo("Saved meanwhile: no");
        assertThat(api.entry(SLUG)
                        .entry()
                        .get("referralIntake")
                        .get("acknowledgementWorkingDays")
                        .asInt())
                .isEqualTo(9);
    }

    @Scenario
    void a_caseworker_has_no_admin_navigation_and_gets_the_403_problem_page(Browser browser) {
        browser.signInAt("/received", "fed-agent").waitFor("nav.site-nav");
        assertThat(browser.has("nav.admin-nav")).isFalse();

        for (String path : new String[] {"/admin/directory", "/admin/intake", "/admin/staff"}) {
            browser.open(path);
            assertThat(browser.text("p.problem")).as(path).isEqualTo("You have no access to this page.");
        }
        assertThat(api.entry(SLUG).etag()).isEqualTo(original.etag());
    }

    /** The page never sends a change without the version it was loaded with (the API's 428): it shows the entry now. */
    @Test
    void a_form_without_its_version_saves_nothing_and_shows_the_saved_entry_beside_it() throws Exception {
        HtmlPage form = signInAt("/admin/directory", ADMIN);
        String csrf = ((HtmlInput) form.querySelector("form.directory-entry input[name=_csrf]")).getValue();
        WebRequest unversioned =
                new WebRequest(URI.create(stack.webUrl() + "/admin/directory").toURL(), HttpMethod.POST);
        unversioned.setRequestParameters(List.of(
                new NameValuePair("_csrf", csrf),
                new NameValuePair("names[fr]", "Sans version"),
                new NameValuePair("languages", "fr")));

        HtmlPage answer = browser.getPage(unversioned);

        assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(answer.querySelector(".conflict h2").getTextContent())
                .isEqualTo("Someone changed this entry meanwhile");
        assertThat(((HtmlInput) answer.getElementById("names-fr")).getValue()).isEqualTo("Sans version");
        assertThat(answer.getElementById("names-fr-saved").getTextContent())
                .contains(original.entry().get("names").get("fr").asString());
        assertThat(((HtmlInput) answer.querySelector("input[name=version]")).getValue())
                .as("the version to save knowingly")
                .isEqualTo(original.etag());
        assertThat(api.entry(SLUG).etag()).isEqualTo(original.etag());
    }

    /** Someone else saves the entry (through the API) while the page's form is open. */
    private void changeBehindThePagesBack(Consumer<ObjectNode> change) {
        AdminApi.Entry now = api.entry(SLUG);
        ObjectNode changed = now.copy();
        change.accept(changed);
        api.replace(SLUG, now.etag(), changed);
    }
}
