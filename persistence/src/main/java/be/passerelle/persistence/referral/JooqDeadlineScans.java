package be.passerelle.persistence.referral;

import be.passerelle.core.referral.DeadlineMark;
import be.passerelle.core.referral.DeadlineScans;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * The deadline scans' reads and writes (system role). The waiting referrals come from the partial
 * index {@code referrals_received_waiting (receiver_tenant_id, due_at) where state = 'SENT'}; a mark
 * is inserted only while its referral is still {@code SENT}, and {@code on conflict do nothing} makes
 * a second scan (or a second node's) record nothing.
 */
final class JooqDeadlineScans implements DeadlineScans {
    private final Database database;

    JooqDeadlineScans(Database database) {
        this.database = database;
    }

    @Override
    public Map<TenantId, Integer> escalationDelays() {
        Map<TenantId, Integer> delays = new HashMap<>();
        database.dsl()
                .resultQuery("select tenant_id, escalation_working_days from tenant_notification_settings")
                .fetch()
                .forEach(r -> delays.put(new TenantId(r.get(0, UUID.class)), r.get(1, Integer.class)));
        return delays;
    }

    @Override
    public List<Waiting> waiting(TenantId receiver, Instant dueBy) {
        return database.dsl()
                .resultQuery("""
                        select r.id, r.due_at,
                               coalesce(array(select m.kind from referral_deadline_marks m
                                              where m.referral_id = r.id), '{}') as marked
                        from referrals r
                        where r.receiver_tenant_id = {0} and r.state = 'SENT' and r.due_at <= {1}
                          and not exists (select 1 from referral_deadline_marks e
                                          where e.referral_id = r.id and e.kind = 'ESCALATED')
                        order by r.due_at, r.id
                        """, DSL.val(receiver.value()), DSL.val(utc(dueBy)))
                .fetch(r -> new Waiting(
                        r.get(0, UUID.class),
                        r.get(1, OffsetDateTime.class).toInstant(),
                        marks(r.get(2, String[].class))));
    }

    @Override
    public boolean mark(UUID referral, TenantId receiver, DeadlineMark mark, Instant at) {
        return database.dsl()
                        .query(
                                """
                                insert into referral_deadline_marks (referral_id, kind, receiver_tenant_id, marked_at)
                                select r.id, {1}, r.receiver_tenant_id, {2} from referrals r
                                where r.id = {0} and r.receiver_tenant_id = {3} and r.state = 'SENT'
                                on conflict do nothing
                                """,
                                DSL.val(referral), DSL.val(mark.name()), DSL.val(utc(at)), DSL.val(receiver.value()))
                        .execute()
                == 1;
    }

    private static Set<DeadlineMark> marks(String[] kinds) {
        Set<DeadlineMark> marks = EnumSet.noneOf(DeadlineMark.class);
        Arrays.stream(kinds).map(DeadlineMark::valueOf).forEach(marks::add);
        return marks;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
