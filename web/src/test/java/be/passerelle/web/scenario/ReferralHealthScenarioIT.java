package be.passerelle.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.web.WebIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The referral health pages: the network admin's row for {@code mediateur-wallonie-fwb} moves by the
 * referrals this scenario sends it (one made overdue in the database), wal-admin sees its referrals per
 * assignee (an assignment written in the database: the assignment pages are another part of issue #19),
 * and a caseworker gets the 403 page. Other scenarios send referrals too, so only differences are asserted.
 */
class ReferralHealthScenarioIT extends WebIntegrationTest {
    private static final String WAL = "mediateur-wallonie-fwb";
    private static final String WAL_ROW = "tr.health-row[data-key=" + WAL + "]";

    @Scenario
    void the_network_admin_sees_the_receivers_open_and_overdue_referrals(Browser browser) throws SQLException {
        browser.signInAt("/network/referral-health", "network-admin").waitFor("table.health");
        assertThat(browser.text("h1")).isEqualTo("Referral health of the network");
        long open = number(browser, WAL_ROW + " td.open");
        long overdue = number(browser, WAL_ROW + " td.overdue .count");

        String late = referral();
        referral();
        overdue(late);
        browser.open("/network/referral-health").waitFor("table.health");

        assertThat(number(browser, WAL_ROW + " td.open")).isEqualTo(open + 2);
        assertThat(number(browser, WAL_ROW + " td.overdue .count")).isEqualTo(overdue + 1);
        assertThat(browser.find(WAL_ROW).getDomAttribute("class")).contains("late");
        assertThat(browser.text(WAL_ROW + " td.overdue .late-mark")).isEqualTo("Late:");
        assertThat(browser.text(WAL_ROW + " th[scope=row]"))
                .isEqualTo("Ombudsman of Wallonia and the Wallonia-Brussels Federation");
        assertThat(browser.text("table.health caption")).isEqualTo("Referrals per receiving institution");
        assertThat(browser.has("a[href$='/network/referral-health']"))
                .as("in the network's menu")
                .isTrue();
        browser.screenshot("network-referral-health");
    }

    @Scenario
    void the_institution_admin_sees_its_referrals_per_assignee(Browser browser) throws SQLException {
        String assigned = referral();
        overdue(assigned);
        String assignee = "health-scenario-" + UUID.randomUUID();
        assign(assigned, assignee, "Camille Scénario");
        try {
            browser.signInAt("/admin/referral-health", "wal-admin").waitFor("table.health");
            assertThat(browser.text("h1")).isEqualTo("Referral health of your institution");
            String row = "tr.health-row[data-key='" + assignee + "']";
            assertThat(browser.text(row + " th[scope=row]")).isEqualTo("Camille Scénario");
            assertThat(number(browser, row + " td.open")).isEqualTo(1);
            assertThat(number(browser, row + " td.overdue .count")).isEqualTo(1);
            assertThat(browser.text(row + " td.overdue .late-mark")).isEqualTo("Late:");
            assertThat(browser.text("tr.health-row[data-unassigned=true] th[scope=row]"))
                    .isEqualTo("Not assigned");
            assertThat(number(browser, "table.own " + WAL_ROW + " td.overdue .count"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(browser.has("a[href$='/admin/referral-health']"))
                    .as("in the admin menu")
                    .isTrue();
            browser.screenshot("admin-referral-health");
        } finally {
            unassign(assigned);
        }
    }

    @Scenario
    void a_caseworker_gets_the_403_page_on_both_health_pages(Browser browser) {
        browser.signInAt("/admin/referral-health", "wal-agent").waitFor("main .problem");
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
        browser.open("/network/referral-health");
        assertThat(browser.text("main .problem")).isEqualTo("You have no access to this page.");
        assertThat(browser.has("table.health")).isFalse();
    }

    private static long number(Browser browser, String css) {
        return Long.parseLong(browser.text(css).strip());
    }

    /** A referral from the federal ombudsman to Wallonia's; its id. */
    private String referral() {
        return stack.refer("fed-agent", WAL, "Santé " + PersonalDataMarkers.random(), PersonalDataMarkers.marked("h"))
                .get("id")
                .asString();
    }

    private void overdue(String referral) throws SQLException {
        update("update referrals set due_at = now() - interval '3 days' where id = ?::uuid", referral);
    }

    private void assign(String referral, String assignee, String name) throws SQLException {
        update(
                "insert into referral_assignments (referral_id, tenant_id, assignee_id, assignee_name, assigned_by,"
                        + " assigned_at) select ?::uuid, id, ?, ?, 'health-scenario', now() from tenants where slug = ?",
                referral,
                assignee,
                name,
                WAL);
    }

    private void unassign(String referral) throws SQLException {
        update("delete from referral_assignments where referral_id = ?::uuid", referral);
    }

    private void update(String sql, String... parameters) throws SQLException {
        try (Connection superuser = stack.superuser();
                PreparedStatement statement = superuser.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
