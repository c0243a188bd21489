package be.passerelle.persistence.audit;

import static be.passerelle.persistence.jooq.Tables.AUDIT_EVENTS;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditEvent;
import be.passerelle.core.audit.AuditQuery;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The audit trail on {@code audit_events} (append-only; row-level security per tenant). */
final class JooqAuditTrail implements AuditTrail {
    private final Database database;

    JooqAuditTrail(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry entry) {
        database.dsl()
                .insertInto(AUDIT_EVENTS)
                .set(AUDIT_EVENTS.ID, UUID.randomUUID())
                .set(AUDIT_EVENTS.TENANT_ID, entry.tenant().map(TenantId::value).orElse(null))
                .set(AUDIT_EVENTS.ACTOR_ID, entry.actor().id())
                .set(AUDIT_EVENTS.ACTOR_NAME, entry.actor().name())
                .set(
                        AUDIT_EVENTS.ACTOR_TENANT_ID,
                        entry.actor().tenant().map(TenantId::value).orElse(null))
                .set(AUDIT_EVENTS.ACTION, entry.action())
                .set(AUDIT_EVENTS.TARGET_TYPE, entry.targetType())
                .set(AUDIT_EVENTS.TARGET_ID, entry.targetId())
                .set(AUDIT_EVENTS.REQUEST_ID, entry.requestId())
                .set(AUDIT_EVENTS.OCCURRED_AT, entry.occurredAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Page<AuditEvent> ofTenant(TenantId tenant, AuditQuery query, PageRequest page) {
        return page(Tenancy.ownedBy(AUDIT_EVENTS.TENANT_ID, tenant).and(filters(query)), page);
    }

    @Override
    public Page<AuditEvent> ofNetwork(AuditQuery query, PageRequest page) {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("the network audit trail is read only by a system operation");
        }
        return page(filters(query), page);
    }

    private static Condition filters(AuditQuery q) {
        return DSL.and(
                q.actor().map(AUDIT_EVENTS.ACTOR_ID::eq).orElse(DSL.noCondition()),
                q.action().map(AUDIT_EVENTS.ACTION::eq).orElse(DSL.noCondition()),
                q.targetType().map(AUDIT_EVENTS.TARGET_TYPE::eq).orElse(DSL.noCondition()),
                q.targetId().map(AUDIT_EVENTS.TARGET_ID::eq).orElse(DSL.noCondition()),
                q.from()
                        .map(from -> AUDIT_EVENTS.OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                        .orElse(DSL.noCondition()),
                q.to().map(to -> AUDIT_EVENTS.OCCURRED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                        .orElse(DSL.noCondition()));
    }

    private Page<AuditEvent> page(Condition scope, PageRequest page) {
        Condition after = page.after().map(AUDIT_EVENTS.SEQ::lt).orElse(DSL.noCondition());
        List<AuditEvent> rows = database.dsl()
                .select(
                        AUDIT_EVENTS.ID,
                        AUDIT_EVENTS.SEQ,
                        AUDIT_EVENTS.TENANT_ID,
                        AUDIT_EVENTS.ACTOR_ID,
                        AUDIT_EVENTS.ACTOR_NAME,
                        AUDIT_EVENTS.ACTOR_TENANT_ID,
                        AUDIT_EVENTS.ACTION,
                        AUDIT_EVENTS.TARGET_TYPE,
                        AUDIT_EVENTS.TARGET_ID,
                        AUDIT_EVENTS.REQUEST_ID,
                        AUDIT_EVENTS.OCCURRED_AT)
                .from(AUDIT_EVENTS)
                .where(scope.and(after))
                .orderBy(AUDIT_EVENTS.SEQ.desc())
                .limit(page.limit() + 1)
                .fetch(JooqAuditTrail::toEvent);
        if (rows.size() > page.limit()) {
            List<AuditEvent> items = rows.subList(0, page.limit());
            return new Page<>(items, Optional.of(items.get(items.size() - 1).position()));
        }
        return new Page<>(rows, Optional.empty());
    }

    private static AuditEvent toEvent(Record r) {
        Optional<TenantId> actorTenant =
                Optional.ofNullable(r.get(AUDIT_EVENTS.ACTOR_TENANT_ID)).map(TenantId::new);
        AuditEntry entry = new AuditEntry(
                Optional.ofNullable(r.get(AUDIT_EVENTS.TENANT_ID)).map(TenantId::new),
                new Actor(r.get(AUDIT_EVENTS.ACTOR_ID), r.get(AUDIT_EVENTS.ACTOR_NAME), actorTenant),
                r.get(AUDIT_EVENTS.ACTION),
                r.get(AUDIT_EVENTS.TARGET_TYPE),
                r.get(AUDIT_EVENTS.TARGET_ID),
                r.get(AUDIT_EVENTS.REQUEST_ID),
                r.get(AUDIT_EVENTS.OCCURRED_AT).toInstant());
        return new AuditEvent(r.get(AUDIT_EVENTS.ID), r.get(AUDIT_EVENTS.SEQ), entry);
    }
}
