package be.passerelle.core.referral;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of an institution's private assignment history of a referral: shown on its timeline,
 * to that institution only.
 *
 * @param assignee the new assignee; absent for an unassignment
 * @param state the referral's state at the time (an assignment does not change it)
 */
public record AssignmentChange(
        UUID id,
        UUID referralId,
        TenantId tenant,
        Kind kind,
        Optional<Assignment.Assignee> assignee,
        ReferralState state,
        Actor actor,
        Instant occurredAt) {

    /** What happened; its {@link #verb()} is the timeline's action. */
    public enum Kind {
        ASSIGN,
        REASSIGN,
        UNASSIGN;

        public String verb() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AssignmentChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (assignee.isPresent() == (kind == Kind.UNASSIGN)) {
            throw new IllegalArgumentException("an assignment names its assignee, an unassignment none");
        }
    }
}
