package be.passerelle.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The institution admin's staff page: inviting a colleague, changing their roles, disabling and enabling them,
 * removing them after a confirmation; refusals on the form; and no action on another institution's staff.
 * Only members the test invites are changed, and they are removed after each run.
 */
class AdminStaffScenarioIT extends WebIntegrationTest {
    private static final String SLUG = "federal-ombudsman";
    private static final String ADMIN = "fed-admin";

    private AdminApi api;
    private String email;

    @BeforeEach
    void newcomer() {
        api = AdminApi.as(stack, ADMIN);
        email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @AfterEach
    void removeNewcomer() {
        api.removeIfPresent(SLUG, email);
    }

    @Scenario
    void an_admin_invites_a_colleague_changes_their_roles_disables_enables_and_removes_them(Browser browser) {
        browser.signInAt("/received", ADMIN).waitFor("nav.admin-nav");
        browser.click("nav.admin-nav a[href='/admin/staff']");
        assertThat(browser.text("h1")).isEqualTo("Our staff");
        assertThat(browser.texts("tr.member td.email"))
                .containsAll(api.staff(SLUG).stream()
                        .map(m -> m.get("email").asString())
                        .toList());

        browser.fill("#invite-email", email).fill("#invite-firstName", "Nora").fill("#invite-lastName", "Newcomer");

        browser.click("form.invite button[type=submit]");

        assertThat(browser.path()).isEqualTo("/admin/staff");
        assertThat(browser.text(".notice")).isEqualTo("The invitation was sent to " + email + ".");
        assertThat(roles(api.member(SLUG, email).orElseThrow())).containsExactly("caseworker");
        String row = "tr.member[data-email='" + email + "'] ";
        assertThat(browser.text(row + ".name")).isEqualTo("Nora Newcomer");
        assertThat(browser.text(row + ".status")).isEqualTo("Active");
        browser.screenshot("admin-staff");

        browser.check(row + "input[value=tenant-admin]", true);

        browser.click(row + "form.roles button[type=submit]");
        assertThat(browser.text(".notice")).isEqualTo("The roles are saved.");
        assertThat(roles(api.member(SLUG, email).orElseThrow()))
                .containsExactlyInAnyOrder("tenant-admin", "caseworker");
        assertThat(browser.find(row + "input[value=tenant-admin]").isSelected()).isTrue();
        browser.check(row + "input[value=tenant-admin]", false).check(row + "input[value=caseworker]", false);
        browser.click(row + "form.roles button[type=submit]");
        assertThat(browser.text(".refused-change"))
                .isEqualTo("Nothing was changed: a staff member keeps at least one role.");
        assertThat(roles(api.member(SLUG, email).orElseThrow()))
                .containsExactlyInAnyOrder("tenant-admin", "caseworker");

        browser.click(row + "form.enable button[type=submit]");
        assertThat(browser.text(row + ".status")).isEqualTo("Disabled");
        assertThat(api.member(SLUG, email).orElseThrow().get("enabled").asBoolean())
                .isFalse();
        browser.click(row + "form.enable button[type=submit]");
        assertThat(browser.text(row + ".status")).isEqualTo("Active");
        assertThat(api.member(SLUG, email).orElseThrow().get("enabled").asBoolean())
                .isTrue();

        browser.click(row + "a.remove");
        assertThat(browser.text("h1")).isEqualTo("Remove Nora Newcomer from the institution?");
        assertThat(api.member(SLUG, email))
                .as("nothing before the confirmation")
                .isPresent();
        browser.click("a.cancel");
        assertThat(browser.has(row)).isTrue();
        browser.click(row + "a.remove");
        browser.click("form.remove button[type=submit]");
        assertThat(browser.text(".notice")).isEqualTo("The staff member was removed from the institution.");
        assertThat(browser.has(row)).isFalse();
        assertThat(api.member(SLUG, email)).isEmpty();
    }

    @Scenario
    void an_email_that_already_has_an_account_or_no_role_is_refused_on_the_form(Browser browser) {
        String taken = api.staff(SLUG).get(0).get("email").asString();
        browser.signInAt("/admin/staff", ADMIN).waitFor("form.invite");

        browser.fill("#invite-email", taken);

        browser.click("form.invite button[type=submit]");

        assertThat(browser.text("section p.problem")).isEqualTo("This email address already has an account.");
        assertThat(browser.value("#invite-email")).isEqualTo(taken);
        assertThat(browser.find("#invite-email").getDomAttribute("aria-describedby"))
                .isEqualTo("invite-email-problem");

        browser.fill("#invite-email", email).check("#invite-role-caseworker", false);

        browser.click("form.invite button[type=submit]");

        assertThat(browser.text("#invite-roles-problem")).isEqualTo("Please choose at least one role.");
        assertThat(browser.value("#invite-email")).isEqualTo(email);
        assertThat(api.member(SLUG, email)).isEmpty();
    }

    /** Not a journey a page offers: a form forged with another institution's member id (the admin's own CSRF token). */
    @Test
    void a_forged_form_for_another_institutions_member_is_refused_and_changes_nothing() throws Exception {
        AdminApi otherAdmin = AdminApi.as(stack, "vla-admin");
        JsonNode victim = otherAdmin.staff("vlaamse-ombudsdienst").stream()
                .filter(m -> m.get("username").asString().equals("vla-agent"))
                .findFirst()
                .orElseThrow();
        HtmlPage page = signInAt("/admin/staff", ADMIN);
        String csrf = ((HtmlInput) page.querySelector("form.invite input[name=_csrf]")).getValue();

        for (String action : List.of("enabled", "roles", "remove")) {
            WebRequest forged = new WebRequest(
                    URI.create(stack.webUrl() + "/admin/staff/"
                                    + victim.get("id").asString() + "/" + action)
                            .toURL(),
                    HttpMethod.POST);
            forged.setRequestParameters(List.of(
                    new NameValuePair("_csrf", csrf),
                    new NameValuePair("enabled", "false"),
                    new NameValuePair("roles", "tenant-admin"),
                    new NameValuePair("confirm", "true")));
            HtmlPage answer = browser.getPage(forged);
            assertThat(answer.getWebResponse().getStatusCode()).as(action).isEqualTo(404);
            assertThat(answer.querySelector("p.problem").getTextContent())
                    .isEqualTo("This page does not exist or is not available to you.");
        }

        JsonNode after = otherAdmin
                .member("vlaamse-ombudsdienst", victim.get("email").asString())
                .orElseThrow();
        assertThat(after.get("enabled").asBoolean()).isTrue();
        assertThat(roles(after)).isEqualTo(roles(victim));
    }

    private static List<String> roles(JsonNode member) {
        return member.get("roles").valueStream().map(JsonNode::asString).toList();
    }
}
