package be.passerelle.api.health;

import static be.passerelle.api.DemoTenant.FED;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.core.referral.BelgianCalendar;
import be.passerelle.core.referral.Community;
import be.passerelle.core.referral.DeadlineMark;
import be.passerelle.core.referral.DeadlineRules;
import be.passerelle.core.referral.ScanReferralDeadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadline scan against the real database, with the receiver {@code mediateur-wallonie-fwb}: each
 * mark once with its outbox event, whoever scans and however often; nothing for an acknowledged
 * referral; the receiver's own escalation delay. Time is driven by moving the referrals' deadlines
 * and calling the scan with an instant (the scheduled scan may run too: the assertions hold whoever
 * records a mark).
 */
class ReferralDeadlineScanIT extends ApiIntegrationTest {
    private static final Optional<Community> WAL_COMMUNITY = Optional.of(Community.FWB);

    @Autowired
    ScanReferralDeadlines scan;

    @Test
    void each_mark_is_recorded_once_with_its_event_even_when_two_nodes_scan_at_once() throws Exception {
        String id = refer(aReferral().from(FED).to(WAL));
        Instant now = Instant.now();

        HealthDatabase.dueAt(id, now.plus(1, ChronoUnit.HOURS));
        scanTwiceAtOnce(now);
        scan.runAt(now);
        assertThat(HealthDatabase.marks(id)).containsExactly("DUE_SOON");

        HealthDatabase.dueAt(id, now.minus(1, ChronoUnit.HOURS));
        scanTwiceAtOnce(now);
        assertThat(HealthDatabase.marks(id)).containsExactly("DUE_SOON", "OVERDUE");

        Optional<Integer> before = HealthDatabase.escalationDays(WAL.slug(), 2);
        try {
            HealthDatabase.dueAt(id, escalatedAfter(2, now));
            scanTwiceAtOnce(now);
            scan.runAt(now);
        } finally {
            HealthDatabase.restoreEscalationDays(WAL.slug(), before);
        }
        assertThat(HealthDatabase.marks(id)).containsExactly("DUE_SOON", "ESCALATED", "OVERDUE");
        String tail = " mediateur-wallonie-fwb 1:true referral SENT /api/v1/referrals/" + id;
        assertThat(HealthDatabase.deadlineEvents(id))
                .containsExactly("referral.due_soon" + tail, "referral.overdue" + tail, "referral.escalated" + tail);
        assertThat(HealthDatabase.escalationAudit(id))
                .containsExactly("referral.escalated system:referral-deadline-scan mediateur-wallonie-fwb");
    }

    @Test
    void an_acknowledged_referral_is_never_marked() throws Exception {
        String id = refer(aReferral().from(FED).to(WAL));
        Response acknowledged = send(request("/api/v1/referrals/" + id + "/acknowledge", tokenOf(WAL.agent()))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(acknowledged.status()).isEqualTo(200);
        Instant now = Instant.now();
        HealthDatabase.dueAt(id, escalatedAfter(DeadlineRules.DEFAULT_ESCALATION_WORKING_DAYS, now));

        scan.runAt(now);

        assertThat(HealthDatabase.marks(id)).isEmpty();
        assertThat(HealthDatabase.deadlineEvents(id)).isEmpty();
    }

    @Test
    void the_receivers_escalation_delay_decides() throws Exception {
        String id = refer(aReferral().from(FED).to(WAL));
        Instant now = Instant.now();
        Optional<Integer> before = HealthDatabase.escalationDays(WAL.slug(), 20);
        try {
            HealthDatabase.dueAt(id, escalatedAfter(2, now));
            scan.runAt(now);
            assertThat(HealthDatabase.marks(id)).containsExactly("OVERDUE");

            HealthDatabase.escalationDays(WAL.slug(), 2);
            scan.runAt(now);
            assertThat(HealthDatabase.marks(id)).containsExactly("ESCALATED", "OVERDUE");
        } finally {
            HealthDatabase.restoreEscalationDays(WAL.slug(), before);
        }
        assertThat(HealthDatabase.deadlineEvents(id)).hasSize(2);
    }

    /** Two scans started together, as two nodes would without the job lock. */
    private void scanTwiceAtOnce(Instant now) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(
                    nodes.submit(() -> {
                        go.await();
                        return scan.runAt(now);
                    }),
                    nodes.submit(() -> {
                        go.await();
                        return scan.runAt(now);
                    }));
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    /**
     * The latest deadline (the end of a working day of the receiver) that is escalated at {@code now}
     * with a delay of {@code days} working days, and not with 20.
     */
    static Instant escalatedAfter(int days, Instant now) {
        LocalDate day = BelgianCalendar.dayOf(now).minusDays(1);
        while (!BelgianCalendar.isWorkingDay(day, WAL_COMMUNITY)
                || !DeadlineRules.earned(BelgianCalendar.endOf(day), now, WAL_COMMUNITY, days)
                        .contains(DeadlineMark.ESCALATED)) {
            day = day.minusDays(1);
        }
        return BelgianCalendar.endOf(day);
    }
}
