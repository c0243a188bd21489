package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_ASSIGNMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ASSIGNMENT_EVENTS;

import be.passerelle.core.referral.Assignment;
import be.passerelle.core.referral.AssignmentChange;
import be.passerelle.core.referral.ReferralAssignments;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The assignments of referrals inside one institution and their private history: every query
 * carries {@link Tenancy#ownedBy} on the assigning tenant, under the tables' owner policies.
 */
final class JooqReferralAssignments implements ReferralAssignments {
    private final Database database;

    JooqReferralAssignments(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Assignment> find(TenantId tenant, UUID referralId) {
        return database.dsl()
                .select(
                        REFERRAL_ASSIGNMENTS.ASSIGNEE_ID,
                        REFERRAL_ASSIGNMENTS.ASSIGNEE_NAME,
                        REFERRAL_ASSIGNMENTS.ASSIGNED_AT,
                        REFERRAL_ASSIGNMENTS.ASSIGNED_BY)
                .from(REFERRAL_ASSIGNMENTS)
                .where(REFERRAL_ASSIGNMENTS.REFERRAL_ID.eq(referralId))
                .and(Tenancy.ownedBy(REFERRAL_ASSIGNMENTS.TENANT_ID, tenant))
                .fetchOptional(r -> new Assignment(
                        new Assignment.Assignee(
                                r.get(REFERRAL_ASSIGNMENTS.ASSIGNEE_ID), r.get(REFERRAL_ASSIGNMENTS.ASSIGNEE_NAME)),
                        r.get(REFERRAL_ASSIGNMENTS.ASSIGNED_AT).toInstant(),
                        r.get(REFERRAL_ASSIGNMENTS.ASSIGNED_BY)));
    }

    @Override
    public void assign(TenantId tenant, UUID referralId, Assignment assignment) {
        database.dsl()
                .insertInto(REFERRAL_ASSIGNMENTS)
                .set(REFERRAL_ASSIGNMENTS.REFERRAL_ID, referralId)
                .set(REFERRAL_ASSIGNMENTS.TENANT_ID, tenant.value())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNEE_ID, assignment.assignee().id())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNEE_NAME, assignment.assignee().name())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNED_BY, assignment.assignedBy())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNED_AT, utc(assignment.assignedAt()))
                .onConflict(REFERRAL_ASSIGNMENTS.REFERRAL_ID, REFERRAL_ASSIGNMENTS.TENANT_ID)
                .doUpdate()
                .set(REFERRAL_ASSIGNMENTS.ASSIGNEE_ID, assignment.assignee().id())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNEE_NAME, assignment.assignee().name())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNED_BY, assignment.assignedBy())
                .set(REFERRAL_ASSIGNMENTS.ASSIGNED_AT, utc(assignment.assignedAt()))
                .where(Tenancy.ownedBy(REFERRAL_ASSIGNMENTS.TENANT_ID, tenant))
                .execute();
    }

    @Override
    public boolean unassign(TenantId tenant, UUID referralId) {
        return database.dsl()
                        .deleteFrom(REFERRAL_ASSIGNMENTS)
                        .where(REFERRAL_ASSIGNMENTS.REFERRAL_ID.eq(referralId))
                        .and(Tenancy.ownedBy(REFERRAL_ASSIGNMENTS.TENANT_ID, tenant))
                        .execute()
                == 1;
    }

    @Override
    public void record(AssignmentChange change) {
        database.dsl()
                .insertInto(REFERRAL_ASSIGNMENT_EVENTS)
                .set(REFERRAL_ASSIGNMENT_EVENTS.ID, change.id())
                .set(REFERRAL_ASSIGNMENT_EVENTS.REFERRAL_ID, change.referralId())
                .set(REFERRAL_ASSIGNMENT_EVENTS.TENANT_ID, change.tenant().value())
                .set(REFERRAL_ASSIGNMENT_EVENTS.ACTION, change.kind().verb())
                .set(
                        REFERRAL_ASSIGNMENT_EVENTS.ASSIGNEE_ID,
                        change.assignee().map(Assignment.Assignee::id).orElse(null))
                .set(
                        REFERRAL_ASSIGNMENT_EVENTS.ASSIGNEE_NAME,
                        change.assignee().map(Assignment.Assignee::name).orElse(null))
                .set(REFERRAL_ASSIGNMENT_EVENTS.REFERRAL_STATE, change.state().name())
                .set(REFERRAL_ASSIGNMENT_EVENTS.ACTOR_ID, change.actor().id())
                .set(REFERRAL_ASSIGNMENT_EVENTS.ACTOR_NAME, change.actor().name())
                .set(REFERRAL_ASSIGNMENT_EVENTS.OCCURRED_AT, utc(change.occurredAt()))
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
