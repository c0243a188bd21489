package be.passerelle.core.referral;

import be.passerelle.core.shared.TenantId;
import java.util.Optional;
import java.util.UUID;

/**
 * The assignments of referrals inside one institution and their history. Every method runs inside
 * the unit of work of {@code tenant} and reads or writes that institution's own rows only: the other
 * party never sees them.
 */
public interface ReferralAssignments {

    Optional<Assignment> find(TenantId tenant, UUID referralId);

    /** Assigns (or reassigns) the referral on {@code tenant}'s side. */
    void assign(TenantId tenant, UUID referralId, Assignment assignment);

    /** @return false when it was not assigned */
    boolean unassign(TenantId tenant, UUID referralId);

    /** Appends an entry to the institution's private history of the referral (merged into its timeline). */
    void record(AssignmentChange change);
}
