package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Assignment inside an institution in a real browser engine: the receiver's caseworker (fed-agent,
 * federal-ombudsman) assigns a referral to a colleague and to themself and filters the box on it; the
 * colleague (fed-admin) finds it under "assigned to me"; the sender's caseworker (nrj-agent,
 * energy-ombudsman) never sees the receiver's assignee; a decline carries its reason code.
 */
class AssignmentScenarioIT extends WebIntegrationTest {
    private static final String RECEIVER = "federal-ombudsman";

    private JsonNode referral(String subject) {
        return stack.refer("nrj-agent", RECEIVER, subject, PersonalDataMarkers.marked("a"));
    }

    private void assignThroughTheApi(JsonNode referral, String by, String to) {
        String body = "{\"assigneeId\":\"" + stack.keycloak().userId(to) + "\"}";
        var answer =
                stack.callApi("PUT", "/api/v1/referrals/" + referral.get("id").asString() + "/assignment", by, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Scenario
    void a_caseworker_assigns_a_referral_to_a_colleague_then_to_themself_and_filters_the_box(Browser browser) {
        String subject = "Assignment " + PersonalDataMarkers.random();
        JsonNode referral = referral(subject);

        browser.signIn("fed-agent");
        browser.open("/referrals/" + referral.get("id").asString());
        assertThat(browser.text("section.assignment p.assignee")).isEqualTo("Assigned to nobody.");

        browser.select("#assignment-colleague", stack.keycloak().userId("fed-admin"))
                .click("form.assign button[type=submit]");
        assertThat(browser.text("section.assignment p.notice")).isEqualTo("The referral was assigned.");
        assertThat(browser.text("section.assignment p.assignee")).startsWith("Assigned to FED Admin since");
        assertThat(browser.texts("section.timeline li.event"))
                .anySatisfy(e -> assertThat(e).contains("Assigned to FED Admin"));
        browser.screenshot("assigned-to-a-colleague");

        browser.click("form.assign-me button[type=submit]");
        assertThat(browser.text("section.assignment p.assignee")).startsWith("Assigned to FED Agent since");
        assertThat(browser.has("form.assign-me")).as("already mine").isFalse();

        browser.open("/received?assignee=me");
        assertThat(browser.value("#assignee")).isEqualTo("me");
        assertThat(browser.texts("td.subject")).contains(subject);
        assertThat(browser.texts("tr.referral"))
                .filteredOn(row -> row.contains(subject))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("FED Agent"));
        browser.screenshot("box-assigned-to-me");
        browser.open("/received?assignee=none");
        assertThat(browser.texts("td.subject")).doesNotContain(subject);

        browser.open("/referrals/" + referral.get("id").asString());
        browser.click("form.unassign button[type=submit]");
        assertThat(browser.text("section.assignment p.notice")).isEqualTo("The referral is no longer assigned.");
        assertThat(browser.text("section.assignment p.assignee")).isEqualTo("Assigned to nobody.");
        browser.open("/received?assignee=none");
        assertThat(browser.texts("td.subject")).contains(subject);
        browser.open("/received?assignee=me");
        assertThat(browser.texts("td.subject")).doesNotContain(subject);
    }

    @Scenario
    void the_colleague_finds_it_under_assigned_to_me(Browser browser) {
        String subject = "Colleague " + PersonalDataMarkers.random();
        JsonNode referral = referral(subject);
        assignThroughTheApi(referral, "fed-agent", "fed-admin");

        browser.signIn("fed-admin");
        browser.open("/received?assignee=me");
        assertThat(browser.texts("td.subject")).contains(subject);
        assertThat(browser.value("#assignee")).isEqualTo("me");
    }

    @Scenario
    void the_senders_caseworker_never_sees_the_receivers_assignee(Browser browser) {
        String subject = "Private " + PersonalDataMarkers.random();
        JsonNode referral = referral(subject);
        assignThroughTheApi(referral, "fed-agent", "fed-admin");

        browser.signIn("nrj-agent");
        browser.open("/referrals/" + referral.get("id").asString());
        assertThat(browser.text("section.assignment p.assignee")).isEqualTo("Assigned to nobody.");
        assertThat(browser.text("main")).doesNotContain("FED Admin");
        browser.open("/sent");
        assertThat(browser.texts("tr.referral"))
                .filteredOn(row -> row.contains(subject))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("Nobody").doesNotContain("FED Admin"));
    }

    @Scenario
    void a_receiver_declines_with_a_reason_code(Browser browser) {
        JsonNode referral = referral("Decline " + PersonalDataMarkers.random());

        browser.signIn("fed-agent");
        browser.open("/referrals/" + referral.get("id").asString());
        assertThat(browser.value("#decline-code")).as("the default").isEqualTo("OTHER");
        browser.select("#decline-code", "NOT_COMPETENT")
                .fill("#decline-reason", PersonalDataMarkers.marked("reason") + " not ours")
                .click("form.decline button[type=submit]");
        assertThat(browser.text("dd.state")).isEqualTo("Declined");
        assertThat(browser.texts("section.timeline span.reason-code")).containsExactly("Not competent");
        browser.screenshot("declined-with-a-code");
    }
}
