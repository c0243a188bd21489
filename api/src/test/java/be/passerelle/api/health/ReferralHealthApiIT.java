package be.passerelle.api.health;

import static be.passerelle.api.DemoTenant.FED;
import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.jobs.ReferralHealthGauges;
import be.passerelle.core.referral.BelgianCalendar;
import be.passerelle.core.referral.Community;
import be.passerelle.core.referral.ScanReferralDeadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The referral health views and gauges, with {@code mediateur-wallonie-fwb} as the receiver this
 * test changes: figures compared before and after its own referrals (other tests add referrals too).
 */
class ReferralHealthApiIT extends ApiIntegrationTest {
    private static final String NETWORK = "/api/v1/network/referral-health";
    private static final String WAL_HEALTH = "/api/v1/tenants/" + WAL.slug() + "/referral-health";

    @Autowired
    ScanReferralDeadlines scan;

    @Autowired
    ReferralHealthGauges gauges;

    @Test
    void the_network_admin_sees_each_receivers_counts_and_nothing_else() throws Exception {
        String admin = tokenOf("network-admin");
        JsonNode before = institution(get(NETWORK, admin).json(), WAL.slug());
        Optional<Integer> delay = HealthDatabase.escalationDays(WAL.slug(), 2);

        String overdue = refer(aReferral().from(FED).to(WAL));
        refer(aReferral().from(FED).to(WAL));
        Instant tenWorkingDaysAgo = BelgianCalendar.endOf(
                workingDaysBefore(BelgianCalendar.dayOf(Instant.now()), 10, Optional.of(Community.FWB)));
        HealthDatabase.dueAt(overdue, tenWorkingDaysAgo);
        try {
            scan.runAt(Instant.now());
        } finally {
            HealthDatabase.restoreEscalationDays(WAL.slug(), delay);
        }

        Response response = get(NETWORK, admin);
        assertThat(response.status()).isEqualTo(200);
        JsonNode after = institution(response.json(), WAL.slug());
        assertThat(after.path("names").path("fr").asString()).startsWith("Le Médiateur");
        assertThat(figure(after, "open")).isEqualTo(figure(before, "open") + 2);
        assertThat(figure(after, "overdue")).isEqualTo(figure(before, "overdue") + 1);
        assertThat(figure(after, "oldestOverdueWorkingDays")).isGreaterThanOrEqualTo(9);
        assertThat(figure(after, "escalationsLast30Days"))
                .isGreaterThanOrEqualTo(figure(before, "escalationsLast30Days") + 1);
        assertThat(response.body()).doesNotContain(overdue);
    }

    @Test
    void only_the_network_admin_reads_the_network_view() {
        assertThat(get(NETWORK, tokenOf(WAL.admin())).status()).isEqualTo(403);
        assertThat(get(NETWORK, tokenOf(WAL.agent())).status()).isEqualTo(403);
        assertThat(get(NETWORK, null).status()).isEqualTo(401);
    }

    @Test
    void the_tenant_admin_sees_its_own_figures_per_assignee() throws Exception {
        String admin = tokenOf(WAL.admin());
        String assigned = refer(aReferral().from(FED).to(WAL));
        HealthDatabase.dueAt(assigned, Instant.now().minusSeconds(3600));
        String assignee = "health-it-" + HealthDatabase.unique();
        HealthDatabase.assign(assigned, WAL.slug(), assignee, "Agent Santé");
        try {
            Response response = get(WAL_HEALTH, admin);

            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.path("institution").path("slug").asString()).isEqualTo(WAL.slug());
            assertThat(figure(body.path("institution"), "overdue")).isGreaterThanOrEqualTo(1);
            JsonNode row = null;
            boolean unassignedRow = false;
            for (JsonNode a : body.path("assignees")) {
                if (a.path("assigneeId").isString()
                        && assignee.equals(a.path("assigneeId").asString())) {
                    row = a;
                }
                unassignedRow |= a.path("unassigned").asBoolean();
            }
            assertThat(row).as("the assignee's row").isNotNull();
            assertThat(row.path("assigneeName").asString()).isEqualTo("Agent Santé");
            assertThat(figure(row, "open")).isEqualTo(1);
            assertThat(figure(row, "overdue")).isEqualTo(1);
            assertThat(figure(row, "oldestOverdueWorkingDays")).isBetween(0L, 1L);
            assertThat(unassignedRow).isTrue();
            assertThat(response.body()).doesNotContain(assigned);
        } finally {
            HealthDatabase.unassign(assigned, WAL.slug());
        }
    }

    @Test
    void another_institutions_admin_the_network_admin_and_staff_get_403_and_an_unknown_tenant_404() {
        assertThat(get(WAL_HEALTH, tokenOf(NRJ.admin())).status()).isEqualTo(403);
        assertThat(get(WAL_HEALTH, tokenOf("network-admin")).status()).isEqualTo(403);
        assertThat(get(WAL_HEALTH, tokenOf(WAL.agent())).status()).isEqualTo(403);
        assertThat(get("/api/v1/tenants/no-such-institution/referral-health", tokenOf(WAL.admin()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_gauges_publish_the_figures_per_tenant_after_a_refresh() throws Exception {
        String overdue = refer(aReferral().from(FED).to(WAL));
        HealthDatabase.dueAt(overdue, Instant.now().minusSeconds(3600));
        gauges.refresh();
        JsonNode wal = institution(get(NETWORK, tokenOf("network-admin")).json(), WAL.slug());

        String metrics = get("/actuator/prometheus", null).body();

        assertThat(gauge(metrics, "passerelle_referrals_open")).isEqualTo(figure(wal, "open"));
        assertThat(gauge(metrics, "passerelle_referrals_overdue")).isEqualTo(figure(wal, "overdue"));
        assertThat(gauge(metrics, "passerelle_referrals_oldest_overdue_working_days"))
                .isEqualTo(figure(wal, "oldestOverdueWorkingDays"));
        assertThat(gauge(metrics, "passerelle_referral_escalations_30d"))
                .isEqualTo(figure(wal, "escalationsLast30Days"));
        assertThat(metrics).doesNotContain(overdue);
    }

    private static long gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{tenant=\"" + WAL.slug() + "\"} ([0-9.E]+)$")
                .matcher(metrics);
        assertThat(m.find()).as(name + " for " + WAL.slug()).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private static JsonNode institution(JsonNode network, String slug) {
        for (JsonNode institution : network.path("institutions")) {
            if (slug.equals(institution.path("slug").asString())) {
                return institution;
            }
        }
        throw new AssertionError("no row for " + slug + " in " + network);
    }

    private static long figure(JsonNode row, String name) {
        return row.path("figures").path(name).asLong();
    }

    private static LocalDate workingDaysBefore(LocalDate day, int days, Optional<Community> community) {
        LocalDate date = day;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (BelgianCalendar.isWorkingDay(date, community)) {
                counted++;
            }
        }
        return date;
    }
}
