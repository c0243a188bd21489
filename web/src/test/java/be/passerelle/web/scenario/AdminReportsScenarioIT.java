package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The institution's annual reports (wal-admin, mediateur-wallonie-fwb, the year 2023 that no other test uses):
 * a draft refused field by field, corrected, published after a confirmation, then revised. Publishing is
 * permanent in the shared database, so the journey starts from whatever the year holds (nothing, a draft or a
 * published revision) and checks the revision numbers it moves from there.
 */
class AdminReportsScenarioIT extends WebIntegrationTest {
    private static final String ADMIN = "wal-admin";
    private static final String WAL = "mediateur-wallonie-fwb";
    private static final int YEAR = 2023;

    @Scenario
    void the_admin_drafts_corrects_publishes_and_revises_a_years_report(Browser browser) {
        ReportsAndAuditApi api = new ReportsAndAuditApi(stack);
        browser.signInAt("/admin/reports", ADMIN).waitFor("form.open-year");
        assertThat(browser.text("h1")).isEqualTo("Annual reports");
        browser.screenshot("admin-reports");

        browser.fill("#year", "20x3").click("form.open-year button[type=submit]");
        assertThat(browser.text("#year-error")).isEqualTo("Enter a year of four digits, for example 2023.");
        assertThat(browser.find("#year").getDomAttribute("aria-describedby")).isEqualTo("year-error");
        browser.fill("#year", String.valueOf(YEAR)).click("form.open-year button[type=submit]");
        ReportsAndAuditApi.arrived(browser, "/admin/reports/" + YEAR);
        assertThat(browser.path()).isEqualTo("/admin/reports/" + YEAR);
        assertThat(browser.text("h1")).isEqualTo("Annual report " + YEAR);
        if (browser.has("form.start-revision")) {
            // published by an earlier run (or the other engine): correcting it starts a new revision
            browser.click("form.start-revision button[type=submit]").waitFor("form.report-form");
        }
        assertThat(browser.has("form.report-form")).as("a draft to edit").isTrue();

        // a figure that is not a number: the page refuses it on its field, the API is not asked
        fillFigures(browser, Map.of("closed", "many"));
        browser.click("form.report-form button.save").waitFor("#closed-error");
        assertThat(browser.text("#closed-error")).isEqualTo("Enter a whole number.");
        assertThat(browser.find("#closed").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#closed").getDomAttribute("aria-describedby")).isEqualTo("closed-error");
        assertThat(browser.find(".error-summary a[href='#closed']").getText()).startsWith("Files closed:");

        // inconsistent figures: the API's rules, each next to its field and in the summary linking to it
        fillFigures(browser, Map.of("admissible", "90", "inadmissible", "20", "language-nl", "60"));
        browser.click("form.report-form button.save").waitFor(".error-summary a[href='#admissible']");
        browser.screenshot("admin-report-errors");
        assertThat(browser.texts(".error-summary li a"))
                .hasSize(2)
                .anySatisfy(item -> assertThat(item)
                        .startsWith("Admissible: Admissible and inadmissible complaints together exceed")
                        .contains("admissible + inadmissible (110) exceed complaintsReceived (100)"))
                .anySatisfy(item -> assertThat(item).startsWith("French: The language counts together exceed"));
        assertThat(browser.find(".error-summary a[href='#admissible']").isDisplayed())
                .isTrue();
        assertThat(browser.find("#admissible").getDomAttribute("aria-describedby"))
                .isEqualTo("admissible-error");
        assertThat(browser.text("#admissible-error"))
                .contains("Admissible and inadmissible complaints together exceed the complaints received.");
        assertThat(browser.find("#admissible-error .api-text").getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.find("#language-fr").getDomAttribute("aria-describedby"))
                .isEqualTo("language-fr-error");
        assertThat(browser.value("#admissible")).as("what was typed stays").isEqualTo("90");
        assertThat(browser.find("#complaintsReceived").getDomAttribute("aria-invalid"))
                .isNull();
        ReportsAndAuditApi.Answer refused = api.get("/api/v1/statistics/reports/" + YEAR, ADMIN);
        assertThat(refused.status()).as("no report yet, or the draft as it was").isIn(200, 404);
        assertThat(refused.json().toString()).as("nothing saved").doesNotContain("\"admissible\":90");

        fillFigures(browser, Map.of("admissible", "70"));
        browser.click("form.report-form button.save").waitFor(".notice");
        assertThat(browser.text(".notice")).isEqualTo("The draft was saved.");
        assertThat(browser.has(".error-summary")).isFalse();
        JsonNode saved = api.json("/api/v1/statistics/reports/" + YEAR, ADMIN);
        int draft = saved.path("draftRevision").asInt();
        assertThat(draft).isPositive();
        assertThat(saved.at("/revisions/0/figures/admissible").asInt()).isEqualTo(70);
        assertThat(saved.at("/revisions/0/figures/handlingDaysBuckets/>90").asInt())
                .isEqualTo(5);
        assertThat(saved.at("/revisions/0/figures/bySector/energy").asInt()).isEqualTo(40);
        assertThat(browser.value("#days-over90"))
                .as("read back under the API's name")
                .isEqualTo("5");
        assertThat(browser.text(".report-status .draft")).contains("Revision " + draft + " is a draft");

        browser.click(".publish-link a").waitFor("form.publish");
        assertThat(browser.text("h1")).isEqualTo("Publish the " + YEAR + " report?");
        assertThat(browser.text(".warning")).contains("can no longer change");
        browser.screenshot("admin-report-publish");
        browser.click("form.publish button[type=submit]").waitFor(".published-figures");
        assertThat(browser.path()).isEqualTo("/admin/reports/" + YEAR);
        assertThat(browser.text(".notice")).isEqualTo("The report was published.");
        assertThat(browser.has("form.report-form"))
                .as("a published revision is read-only")
                .isFalse();
        assertThat(browser.text(".published-figures h2")).isEqualTo("Revision " + draft + " as published");
        assertThat(browser.text(".published-figures tr[data-field=admissible] td"))
                .isEqualTo("70");
        assertThat(browser.text("tr.revision[data-revision='" + draft + "'] td.status"))
                .isEqualTo("Published (public)");
        JsonNode published = api.json("/api/v1/statistics/reports/" + YEAR, ADMIN);
        assertThat(published.path("currentRevision").asInt()).isEqualTo(draft);
        assertThat(published.path("draftRevision").isNull()).isTrue();
        assertThat(api.json("/api/v1/statistics/institutions/" + WAL + "?year=" + YEAR, null)
                        .at("/annualReport/revision")
                        .asInt())
                .as("public")
                .isEqualTo(draft);
        browser.screenshot("admin-report-published");

        browser.click("form.start-revision button[type=submit]").waitFor("form.report-form");
        assertThat(browser.text(".notice")).isEqualTo("A new draft revision was opened from the published figures.");
        assertThat(browser.value("#admissible"))
                .as("from the published figures")
                .isEqualTo("70");
        assertThat(browser.text(".report-status")).contains("stays public until you publish the draft");
        JsonNode revised = api.json("/api/v1/statistics/reports/" + YEAR, ADMIN);
        assertThat(revised.path("draftRevision").asInt()).isEqualTo(draft + 1);
        assertThat(revised.path("currentRevision").asInt()).isEqualTo(draft);

        browser.click(".breadcrumb a").waitFor("#year-" + YEAR);
        assertThat(browser.text("#year-" + YEAR + " td.status"))
                .contains("Revision " + draft + " published")
                .contains("Revision " + (draft + 1) + " in draft");
    }

    @Scenario
    void a_caseworker_gets_the_403_page_on_the_annual_reports(Browser browser) {
        browser.signInAt("/admin/reports", "wal-agent").waitFor("main .problem");
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
        browser.open("/admin/reports/" + YEAR);
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
        assertThat(browser.has("form.report-form")).isFalse();
        assertThat(new ReportsAndAuditApi(stack)
                        .get("/api/v1/statistics/reports", "wal-agent")
                        .status())
                .isEqualTo(403);
    }

    /**
     * Fills every figure with a consistent report (100 complaints, 60 closed), then these overrides (field id →
     * text).
     */
    private static void fillFigures(Browser browser, Map<String, String> overrides) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("complaintsReceived", "100");
        figures.put("informationRequests", "30");
        figures.put("outsideCompetence", "5");
        figures.put("referredOut", "3");
        figures.put("admissible", "80");
        figures.put("inadmissible", "20");
        figures.put("closed", "60");
        figures.put("founded", "20");
        figures.put("partlyFounded", "10");
        figures.put("unfounded", "20");
        figures.put("noJudgement", "10");
        figures.put("resolved", "30");
        figures.put("partlyResolved", "10");
        figures.put("unresolved", "10");
        figures.put("medianHandlingDays", "30.5");
        figures.put("days-upTo20", "20");
        figures.put("days-from21To45", "25");
        figures.put("days-from46To90", "10");
        figures.put("days-over90", "5");
        figures.put("language-fr", "50");
        figures.put("language-nl", "0");
        figures.put("language-de", "0");
        figures.put("language-en", "0");
        figures.put("language-other", "0");
        figures.put("sector-energy", "40");
        figures.putAll(overrides);
        figures.forEach((id, text) -> browser.fill("#" + id, text));
    }
}
