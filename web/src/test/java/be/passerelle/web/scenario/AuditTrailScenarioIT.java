package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail: the institution's (wal-admin, mediateur-wallonie-fwb), which never shows another
 * institution's events, and the network's (network-admin), filtered by institution. Each scenario makes the
 * referrals whose events it looks for.
 */
class AuditTrailScenarioIT extends WebIntegrationTest {
    private static final String WAL = "mediateur-wallonie-fwb";
    private static final String NRJ = "energy-ombudsman";
    private static final String VLA = "vlaamse-ombudsdienst";

    @Scenario
    void an_institution_admin_filters_its_trail_and_never_sees_another_institutions_events(Browser browser) {
        ReportsAndAuditApi api = new ReportsAndAuditApi(stack);
        String own = referral("wal-agent", NRJ);
        String others = referral("nrj-agent", VLA);

        browser.signInAt("/admin/audit", "wal-admin").waitFor("form.audit-filters");
        assertThat(browser.text("h1")).isEqualTo("Audit trail");
        assertThat(browser.findAll("tr.audit-event"))
                .as("a page of the trail (2 in the tests)")
                .hasSize(2);
        browser.screenshot("admin-audit");

        browser.fill("#targetType", "referral").fill("#targetId", own).click("form.audit-filters button[type=submit]");
        ReportsAndAuditApi.arrived(browser, "targetId=" + own);
        assertThat(browser.url()).as("a bookmarkable GET").contains("targetId=" + own);
        assertThat(browser.texts("tr.audit-event td.action")).containsExactly("referral.created");
        assertThat(browser.text("tr.audit-event td.target")).isEqualTo("referral " + own);
        String actor = browser.text("tr.audit-event td.actor");
        assertThat(actor).isNotBlank();

        browser.click("tr.audit-event td.actor a");
        ReportsAndAuditApi.arrived(browser, "actor=");
        assertThat(browser.texts("tr.audit-event td.actor")).isNotEmpty().allMatch(actor::equals);

        // another institution's referral: not in this trail, whatever the URL asks
        browser.open("/admin/audit?targetType=referral&targetId=" + others);
        assertThat(browser.has("tr.audit-event")).isFalse();
        assertThat(browser.text("#trail .empty")).isEqualTo("No event matches.");
        browser.open("/admin/audit?tenant=" + NRJ + "&targetType=referral&targetId=" + others);
        assertThat(browser.has("tr.audit-event")).isFalse();
        browser.open("/admin/audit?tenant=" + NRJ);
        assertThat(browser.has("#tenant")).as("no institution filter here").isFalse();
        assertThat(browser.texts("tr.audit-event td.target")).noneMatch(target -> target.contains(others));
        assertThat(api.json("/api/v1/audit-events?targetType=referral&targetId=" + others, "wal-admin")
                        .path("items")
                        .size())
                .isZero();
        assertThat(api.json("/api/v1/audit-events?targetType=referral&targetId=" + others, "network-admin")
                        .path("items")
                        .size())
                .as("the event exists")
                .isPositive();

        // paging keeps the filters
        browser.open("/admin/audit?action=referral.created");
        assertThat(browser.texts("tr.audit-event td.action")).isNotEmpty().allMatch("referral.created"::equals);
        if (browser.has("a.next")) {
            browser.click("a.next");
            ReportsAndAuditApi.arrived(browser, "cursor=");
            assertThat(browser.url()).contains("action=referral.created");
            assertThat(browser.texts("tr.audit-event td.action")).allMatch("referral.created"::equals);
            assertThat(browser.has("a.first")).isTrue();
        }

        // filters the page or the API refuse: a message on the form, never an error page
        browser.open("/admin/audit?from=31/12/2025");
        assertThat(browser.text("#from-error")).startsWith("Enter a day as year-month-day");
        assertThat(browser.find("#from").getDomAttribute("aria-describedby")).isEqualTo("from-error");
        browser.open("/admin/audit?from=2026-02-01&to=2026-01-01");
        assertThat(browser.text(".form-error")).contains("These filters were refused.");
    }

    @Scenario
    void the_network_admin_reads_every_institutions_trail_and_narrows_it_to_one(Browser browser) {
        String nrj = referral("nrj-agent", VLA);

        browser.signInAt("/network/audit", "network-admin").waitFor("form.audit-filters");
        assertThat(browser.text("h1")).isEqualTo("Network audit trail");
        assertThat(browser.has("select#tenant")).as("the institution filter").isTrue();
        browser.screenshot("network-audit");

        browser.fill("#targetType", "referral").fill("#targetId", nrj).click("form.audit-filters button[type=submit]");
        ReportsAndAuditApi.arrived(browser, "targetId=" + nrj);
        assertThat(browser.texts("tr.audit-event td.tenant")).isNotEmpty().contains(NRJ);

        browser.select("#tenant", NRJ).click("form.audit-filters button[type=submit]");
        ReportsAndAuditApi.arrived(browser, "tenant=" + NRJ);
        assertThat(browser.texts("tr.audit-event td.tenant")).containsExactly(NRJ);
        assertThat(browser.texts("tr.audit-event td.action")).containsExactly("referral.created");

        browser.select("#tenant", WAL).click("form.audit-filters button[type=submit]");
        ReportsAndAuditApi.arrived(browser, "tenant=" + WAL);
        assertThat(browser.has("tr.audit-event")).as("not Wallonia's event").isFalse();

        browser.open("/network/audit?tenant=" + WAL);
        assertThat(browser.texts("tr.audit-event td.tenant")).isNotEmpty().allMatch(WAL::equals);
    }

    @Scenario
    void a_tenant_admin_gets_the_403_page_on_the_network_trail(Browser browser) {
        browser.signInAt("/network/audit", "wal-admin").waitFor("main .problem");
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
        assertThat(browser.has("table.audit-events")).isFalse();
    }

    @Scenario
    void a_caseworker_gets_the_403_page_on_both_trails(Browser browser) {
        browser.signInAt("/admin/audit", "wal-agent").waitFor("main .problem");
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
        browser.open("/network/audit");
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
    }

    /** A referral from this caseworker's institution to that one; its id. */
    private String referral(String agent, String receiver) {
        JsonNode referral =
                stack.refer(agent, receiver, "Audit " + PersonalDataMarkers.random(), PersonalDataMarkers.marked("a"));
        return referral.get("id").asString();
    }
}
