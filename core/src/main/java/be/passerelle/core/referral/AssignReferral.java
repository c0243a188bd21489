package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assignment inside an institution (issue #19): each party of a referral assigns it to one of its own
 * enabled caseworkers or admins; only that institution sees who. Every change goes on the
 * institution's private history (its timeline) and in its audit trail; no outbox event, as webhooks
 * reach both parties.
 *
 * <p>Order of the checks: not staff of an institution → 403; not a party → 404; an assignee who is
 * not an enabled caseworker or admin of the caller's institution → 422 naming {@code assigneeId}.
 */
public final class AssignReferral {
    private static final int MAX_NAME = 200;

    private final UnitOfWork unitOfWork;
    private final Referrals referrals;
    private final ReferralAssignments assignments;
    private final IdentityProvisioning identity;
    private final AuditTrail audit;
    private final Clock clock;

    public AssignReferral(
            UnitOfWork unitOfWork,
            Referrals referrals,
            ReferralAssignments assignments,
            IdentityProvisioning identity,
            AuditTrail audit,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.referrals = referrals;
        this.assignments = assignments;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Assigns the referral on the caller's side to {@code assigneeId}, replacing any earlier assignee. */
    public Assignment assign(CallContext context, UUID id, String assigneeId) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        TenantSlug slug = context.caller().tenant().orElseThrow().slug();
        unitOfWork.inTenant(tenant, () -> ReadReferrals.find(referrals, tenant, id));
        if (assigneeId == null || assigneeId.isBlank() || assigneeId.length() > 100) {
            throw new InvalidInput("assigneeId is a user id of 1 to 100 characters");
        }
        Assignment.Assignee assignee = identity.member(slug, assigneeId)
                .filter(AssignReferral::assignable)
                .map(AssignReferral::asAssignee)
                .orElseThrow(() -> new BusinessRuleViolation(
                        "assigneeId", "the assignee must be an enabled caseworker or admin of your institution"));
        Actor actor = Actor.of(context.caller());
        return unitOfWork.inTenant(tenant, () -> {
            Referral referral = ReadReferrals.find(referrals, tenant, id);
            Optional<Assignment> before = assignments.find(tenant, id);
            if (before.isPresent() && before.get().assignee().id().equals(assignee.id())) {
                return before.get();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Assignment assignment = new Assignment(assignee, now, actor.name());
            assignments.assign(tenant, id, assignment);
            AssignmentChange.Kind kind =
                    before.isPresent() ? AssignmentChange.Kind.REASSIGN : AssignmentChange.Kind.ASSIGN;
            record(context, tenant, referral, kind, Optional.of(assignee), now);
            return assignment;
        });
    }

    /** Leaves the referral unassigned on the caller's side (nothing happens if it was not assigned). */
    public void unassign(CallContext context, UUID id) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        unitOfWork.inTenant(tenant, () -> {
            Referral referral = ReadReferrals.find(referrals, tenant, id);
            if (assignments.unassign(tenant, id)) {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                record(context, tenant, referral, AssignmentChange.Kind.UNASSIGN, Optional.empty(), now);
            }
            return null;
        });
    }

    /** Whom the caller may assign the referral to: its institution's enabled caseworkers and admins, by name. */
    public List<Assignment.Assignee> assignableStaff(CallContext context, UUID id) {
        TenantId tenant = ReferralStaff.tenantOf(context.caller());
        TenantSlug slug = context.caller().tenant().orElseThrow().slug();
        unitOfWork.inTenant(tenant, () -> ReadReferrals.find(referrals, tenant, id));
        return identity.members(slug).stream()
                .filter(AssignReferral::assignable)
                .map(AssignReferral::asAssignee)
                .sorted(Comparator.comparing(Assignment.Assignee::name).thenComparing(Assignment.Assignee::id))
                .toList();
    }

    private void record(
            CallContext context,
            TenantId tenant,
            Referral referral,
            AssignmentChange.Kind kind,
            Optional<Assignment.Assignee> assignee,
            Instant now) {
        Actor actor = Actor.of(context.caller());
        assignments.record(new AssignmentChange(
                UUID.randomUUID(), referral.id(), tenant, kind, assignee, referral.state(), actor, now));
        audit.append(new AuditEntry(
                Optional.of(tenant),
                actor,
                "referral." + kind.verb() + "ed",
                "referral",
                referral.id().toString(),
                context.requestId(),
                now));
    }

    private static boolean assignable(StaffMember member) {
        return member.enabled()
                && (member.roles().contains(Role.CASEWORKER) || member.roles().contains(Role.TENANT_ADMIN));
    }

    static Assignment.Assignee asAssignee(StaffMember member) {
        String full = (blankToEmpty(member.firstName()) + " " + blankToEmpty(member.lastName())).strip();
        String name = full.isEmpty() ? member.username() : full;
        if (name == null || name.isBlank()) {
            name = member.id();
        }
        return new Assignment.Assignee(member.id(), name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
