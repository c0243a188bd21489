package be.passerelle.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The institution admin's staff page on the real stack: invite, roles, disable, remove; only its own staff. */
class AdminStaffIT extends WebIntegrationTest {
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

    @Test
    void an_admin_invites_a_member_changes_their_roles_disables_enables_and_removes_them() throws Exception {
        HtmlPage page = signInAt("/admin/staff", ADMIN);
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        input(page, "invite-email").setValue(email);
        input(page, "invite-firstName").setValue("Nora");
        input(page, "invite-lastName").setValue("Newcomer");

        page = ((HtmlElement) page.querySelector("form.invite button")).click();

        assertThat(page.getUrl().getPath()).isEqualTo("/admin/staff");
        assertThat(page.querySelector(".notice").getTextContent())
                .isEqualTo("The invitation was sent to " + email + ".");
        JsonNode member = api.member(SLUG, email).orElseThrow();
        assertThat(roles(member)).containsExactly("caseworker");
        HtmlElement row = row(page, email);
        assertThat(row.querySelector(".name").getTextContent()).isEqualTo("Nora Newcomer");

        ((HtmlCheckBoxInput) row.querySelector("input[value=tenant-admin]")).setChecked(true);
        page = ((HtmlElement) row.querySelector("form.roles button")).click();
        assertThat(page.querySelector(".notice").getTextContent()).isEqualTo("The roles are saved.");
        assertThat(roles(api.member(SLUG, email).orElseThrow()))
                .containsExactlyInAnyOrder("tenant-admin", "caseworker");

        page = ((HtmlElement) row(page, email).querySelector("form.enable button")).click();
        assertThat(api.member(SLUG, email).orElseThrow().get("enabled").asBoolean())
                .isFalse();
        assertThat(row(page, email).querySelector(".status").getTextContent()).isEqualTo("Disabled");
        page = ((HtmlElement) row(page, email).querySelector("form.enable button")).click();
        assertThat(api.member(SLUG, email).orElseThrow().get("enabled").asBoolean())
                .isTrue();

        HtmlPage confirm = ((HtmlElement) row(page, email).querySelector("a.remove")).click();
        assertThat(confirm.querySelector("h1").getTextContent())
                .isEqualTo("Remove Nora Newcomer from the institution?");
        assertThat(api.member(SLUG, email)).as("not before the confirmation").isPresent();
        page = ((HtmlElement) confirm.querySelector("form.remove button")).click();
        assertThat(page.querySelector(".notice").getTextContent())
                .isEqualTo("The staff member was removed from the institution.");
        assertThat(api.member(SLUG, email)).isEmpty();
        assertThat(row(page, email)).isNull();
    }

    @Test
    void an_email_that_already_has_an_account_or_no_role_is_refused_on_the_form() throws Exception {
        HtmlPage page = signInAt("/admin/staff", ADMIN);
        String taken = api.staff(SLUG).get(0).get("email").asString();
        input(page, "invite-email").setValue(taken);
        HtmlPage refused = ((HtmlElement) page.querySelector("form.invite button")).click();
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(refused.querySelector("p.problem").getTextContent())
                .isEqualTo("This email address already has an account.");
        assertThat(input(refused, "invite-email").getAttribute("aria-describedby"))
                .isEqualTo("invite-email-problem");

        input(refused, "invite-email").setValue(email);
        ((HtmlCheckBoxInput) refused.getElementById("invite-role-caseworker")).setChecked(false);
        HtmlPage noRole = ((HtmlElement) refused.querySelector("form.invite button")).click();
        assertThat(noRole.getElementById("invite-roles-problem").getTextContent())
                .isEqualTo("Please choose at least one role.");
        assertThat(api.member(SLUG, email)).isEmpty();
    }

    @Test
    void a_forged_form_for_another_institutions_member_is_refused_and_changes_nothing() throws Exception {
        AdminApi otherAdmin = AdminApi.as(stack, "vla-admin");
        JsonNode victim = otherAdmin.staff("vlaamse-ombudsdienst").stream()
                .filter(m -> m.get("username").asString().equals("vla-agent"))
                .findFirst()
                .orElseThrow();
        HtmlPage page = signInAt("/admin/staff", ADMIN);
        String csrf = ((HtmlInput) page.querySelector("form.invite input[name=_csrf]")).getValue();

        for (String action : List.of("enabled", "remove")) {
            WebRequest forged = new WebRequest(
                    URI.create(stack.webUrl() + "/admin/staff/"
                                    + victim.get("id").asString() + "/" + action)
                            .toURL(),
                    HttpMethod.POST);
            forged.setRequestParameters(List.of(
                    new NameValuePair("_csrf", csrf),
                    new NameValuePair("enabled", "false"),
                    new NameValuePair("confirm", "true")));
            HtmlPage answer = browser.getPage(forged);
            assertThat(answer.getWebResponse().getStatusCode()).as(action).isIn(403, 404);
        }

        JsonNode after = otherAdmin
                .member("vlaamse-ombudsdienst", victim.get("email").asString())
                .orElseThrow();
        assertThat(after.get("enabled").asBoolean()).isTrue();
    }

    private static List<String> roles(JsonNode member) {
        return member.get("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static HtmlElement row(HtmlPage page, String email) {
        return page.querySelectorAll("tr.member").stream()
                .map(HtmlElement.class::cast)
                .filter(r -> r.querySelector(".email").getTextContent().equals(email))
                .findFirst()
                .orElse(null);
    }

    private static HtmlInput input(HtmlPage page, String id) {
        return (HtmlInput) page.getElementById(id);
    }
}
