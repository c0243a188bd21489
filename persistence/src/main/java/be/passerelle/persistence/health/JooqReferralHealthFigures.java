package be.passerelle.persistence.health;

import be.passerelle.core.health.ReferralHealthFigures;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The health views' counts (system role, inside {@code REFERRAL_HEALTH_READ}): aggregates only, no
 * referral id, reference or content ever leaves the query.
 */
final class JooqReferralHealthFigures implements ReferralHealthFigures {
    private final Database database;

    JooqReferralHealthFigures(Database database) {
        this.database = database;
    }

    @Override
    public Map<TenantId, Load> byReceiver(Optional<TenantId> receiver, Instant now, Instant escalationsSince) {
        Map<TenantId, Load> loads = new HashMap<>();
        database.dsl()
                .resultQuery(
                        """
                        with open as (
                            select receiver_tenant_id as tenant, count(*) as open,
                                   count(*) filter (where state = 'SENT' and due_at < {0}) as overdue,
                                   min(due_at) filter (where state = 'SENT' and due_at < {0}) as oldest
                            from referrals
                            where state in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED')
                              and ({2}::uuid is null or receiver_tenant_id = {2}::uuid)
                            group by receiver_tenant_id),
                        escalated as (
                            select receiver_tenant_id as tenant, count(*) as escalations
                            from referral_deadline_marks
                            where kind = 'ESCALATED' and marked_at >= {1}
                              and ({2}::uuid is null or receiver_tenant_id = {2}::uuid)
                            group by receiver_tenant_id)
                        select coalesce(o.tenant, e.tenant), coalesce(o.open, 0), coalesce(o.overdue, 0), o.oldest,
                               coalesce(e.escalations, 0)
                        from open o full join escalated e on e.tenant = o.tenant
                        """,
                        DSL.val(utc(now)),
                        DSL.val(utc(escalationsSince)),
                        DSL.val(receiver.map(TenantId::value).orElse(null), UUID.class))
                .fetch()
                .forEach(r -> loads.put(new TenantId(r.get(0, UUID.class)), load(r)));
        return loads;
    }

    @Override
    public List<AssigneeLoad> byAssignee(TenantId receiver, Instant now, Instant escalationsSince) {
        return database.dsl()
                .resultQuery("""
                        select a.assignee_id, max(a.assignee_name),
                               count(*) filter (where r.state in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED')),
                               count(*) filter (where r.state = 'SENT' and r.due_at < {1}),
                               min(r.due_at) filter (where r.state = 'SENT' and r.due_at < {1}),
                               count(*) filter (where m.referral_id is not null)
                        from referrals r
                        left join referral_assignments a on a.referral_id = r.id and a.tenant_id = r.receiver_tenant_id
                        left join referral_deadline_marks m
                               on m.referral_id = r.id and m.kind = 'ESCALATED' and m.marked_at >= {2}
                        where r.receiver_tenant_id = {0}
                          and (r.state in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED') or m.referral_id is not null)
                        group by a.assignee_id
                        """, DSL.val(receiver.value()), DSL.val(utc(now)), DSL.val(utc(escalationsSince)))
                .fetch(r -> new AssigneeLoad(
                        Optional.ofNullable(r.get(0, String.class)),
                        Optional.ofNullable(r.get(1, String.class)),
                        new Load(
                                r.get(2, Long.class),
                                r.get(3, Long.class),
                                Optional.ofNullable(r.get(4, OffsetDateTime.class))
                                        .map(OffsetDateTime::toInstant),
                                r.get(5, Long.class))));
    }

    private static Load load(Record r) {
        return new Load(
                r.get(1, Long.class),
                r.get(2, Long.class),
                Optional.ofNullable(r.get(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                r.get(4, Long.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
