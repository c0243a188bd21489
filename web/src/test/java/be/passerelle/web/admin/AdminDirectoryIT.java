package be.passerelle.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import java.util.UUID;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The institution admin's directory entry and referral intake pages on the real stack. */
class AdminDirectoryIT extends WebIntegrationTest {
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

    @Test
    void an_admin_edits_the_entry_and_sees_it_saved_in_the_api_and_in_the_history() throws Exception {
        HtmlPage form = signInAt("/admin/directory", ADMIN);
        assertThat(form.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(input(form, "names-fr").getValue())
                .isEqualTo(original.entry().get("names").get("fr").asString());
        assertThat(input(form, "names-nl").getAttribute("lang")).isEqualTo("nl");
        String marker = "Plaintes fédérales " + UUID.randomUUID();

        ((HtmlTextArea) form.getElementById("descriptions-fr")).setText(marker);
        input(form, "contact-phone").setValue("+32 2 289 27 27");
        HtmlPage saved = save(form);

        assertThat(saved.getUrl().getPath()).isEqualTo("/admin/directory");
        assertThat(saved.querySelector(".notice").getTextContent()).isEqualTo("The directory entry is saved.");
        AdminApi.Entry now = api.entry(SLUG);
        assertThat(now.entry().get("descriptions").get("fr").asString()).isEqualTo(marker);
        assertThat(now.entry().get("contact").get("phone").asString()).isEqualTo("+32 2 289 27 27");
        assertThat(now.entry().get("competences"))
                .as("untouched")
                .isEqualTo(original.entry().get("competences"));
        assertThat(now.entry().get("admissibility")).isEqualTo(original.entry().get("admissibility"));
        assertThat(saved.querySelector("table.history tbody tr td:nth-child(3)").getTextContent())
                .isEqualTo(ADMIN);
    }

    @Test
    void a_change_made_meanwhile_is_shown_beside_the_users_edits_and_nothing_is_overwritten() throws Exception {
        HtmlPage form = signInAt("/admin/directory", ADMIN);
        String theirs = "Federal Ombudsman " + UUID.randomUUID();
        ObjectNode changed = original.copy();
        ((ObjectNode) changed.get("names")).put("en", theirs);
        api.replace(SLUG, api.entry(SLUG).etag(), changed);
        String mine = "Mine " + UUID.randomUUID();

        ((HtmlTextArea) form.getElementById("descriptions-nl")).setText(mine);
        HtmlPage conflict = save(form);

        assertThat(conflict.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(conflict.querySelector(".conflict h2").getTextContent())
                .isEqualTo("Someone changed this entry meanwhile");
        assertThat(((HtmlTextArea) conflict.getElementById("descriptions-nl")).getText())
                .as("the user's edit is kept")
                .isEqualTo(mine);
        assertThat(conflict.getElementById("names-en-saved").getTextContent()).contains(theirs);
        assertThat(input(conflict, "names-en").getAttribute("aria-describedby")).isEqualTo("names-en-saved");
        AdminApi.Entry now = api.entry(SLUG);
        assertThat(now.entry().get("names").get("en").asString()).isEqualTo(theirs);
        assertThat(now.entry().get("descriptions").has("nl"))
                .as("nothing saved")
                .isFalse();

        HtmlPage reloaded = ((HtmlElement) conflict.querySelector("a.reload")).click();
        assertThat(input(reloaded, "names-en").getValue()).isEqualTo(theirs);
    }

    @Test
    void after_a_conflict_saving_again_replaces_the_entry_knowingly() throws Exception {
        HtmlPage form = signInAt("/admin/directory", ADMIN);
        ObjectNode changed = original.copy();
        ((ObjectNode) changed.get("names")).put("en", "Changed meanwhile");
        api.replace(SLUG, api.entry(SLUG).etag(), changed);
        input(form, "contact-email").setValue("plaintes@example.org");
        HtmlPage conflict = save(form);
        assertThat(conflict.getWebResponse().getStatusCode()).isEqualTo(409);

        HtmlPage saved = save(conflict);

        assertThat(saved.querySelector(".notice").getTextContent()).isEqualTo("The directory entry is saved.");
        assertThat(api.entry(SLUG).entry().get("contact").get("email").asString())
                .isEqualTo("plaintes@example.org");
    }

    @Test
    void values_the_api_refuses_are_shown_next_to_their_fields_and_nothing_is_saved() throws Exception {
        HtmlPage form = signInAt("/admin/directory", ADMIN);
        input(form, "contact-website").setValue("not a link");

        HtmlPage refused = save(form);

        assertThat(refused.getWebResponse().getStatusCode()).isIn(400, 422);
        assertThat(input(refused, "contact-website").getValue()).isEqualTo("not a link");
        assertThat(input(refused, "contact-website").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(input(refused, "contact-website").getAttribute("aria-describedby"))
                .isEqualTo("contact-website-problem");
        assertThat(refused.getElementById("contact-website-problem").getTextContent())
                .contains("This value was refused:");
        assertThat(api.entry(SLUG).etag()).isEqualTo(original.etag());
    }

    @Test
    void a_value_the_page_cannot_read_is_refused_on_its_field_before_the_api_is_asked() throws Exception {
        HtmlPage form = signInAt("/admin/directory", ADMIN);
        input(form, "admissibility-maxComplaintAgeMonths").setValue("twelve");

        HtmlPage refused = save(form);

        assertThat(refused.getElementById("admissibility-maxComplaintAgeMonths-problem")
                        .getTextContent())
                .contains("Please give a whole number.");
        assertThat(api.entry(SLUG).etag()).isEqualTo(original.etag());
    }

    @Test
    void an_admin_changes_the_referral_intake_and_a_change_meanwhile_is_shown_the_same_way() throws Exception {
        HtmlPage form = signInAt("/admin/intake", ADMIN);
        assertThat(((HtmlRadioButtonInput) form.getElementById("acceptsReferrals-true")).isChecked())
                .isTrue();
        input(form, "acknowledgementWorkingDays").setValue("9");
        HtmlPage saved = save(form);
        assertThat(saved.querySelector(".notice").getTextContent())
                .isEqualTo("The referral intake settings are saved.");
        assertThat(api.entry(SLUG)
                        .entry()
                        .get("referralIntake")
                        .get("acknowledgementWorkingDays")
                        .asInt())
                .isEqualTo(9);

        ObjectNode changed = api.entry(SLUG).entry().deepCopy();
        ((ObjectNode) changed.get("referralIntake")).put("acknowledgementWorkingDays", 11);
        api.replace(SLUG, api.entry(SLUG).etag(), changed);
        input(saved, "acknowledgementWorkingDays").setValue("10");
        HtmlPage conflict = save(saved);

        assertThat(conflict.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(input(conflict, "acknowledgementWorkingDays").getValue()).isEqualTo("10");
        assertThat(conflict.getElementById("acknowledgementWorkingDays-saved").getTextContent())
                .contains("11");
        assertThat(api.entry(SLUG)
                        .entry()
                        .get("referralIntake")
                        .get("acknowledgementWorkingDays")
                        .asInt())
                .isEqualTo(11);
    }

    @Test
    void a_caseworker_gets_the_403_problem_page_on_the_admin_pages() throws Exception {
        signIn("fed-agent");
        for (String path : new String[] {"/admin/directory", "/admin/intake", "/admin/staff"}) {
            HtmlPage page = browser.getPage(stack.webUrl() + path);
            assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(403);
            assertThat(page.querySelector("p.problem").getTextContent()).isEqualTo("You have no access to this page.");
        }
    }

    private static HtmlInput input(HtmlPage page, String id) {
        return (HtmlInput) page.getElementById(id);
    }

    private static HtmlPage save(HtmlPage form) throws Exception {
        return ((HtmlElement) form.querySelector("button.save")).click();
    }
}
