package be.passerelle.core.referral;

import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The referral store. Every method runs inside the unit of work of {@code viewer}'s tenant and sees
 * only referrals that tenant sends or receives. Personal data is encrypted on the way in and
 * decrypted on the way out, for the two parties only. The timeline and the thread are {@link
 * ReferralTimeline}; erasure across tenants is {@link PersonalDataErasure}.
 */
public interface Referrals {

    /** Stores a new referral; false (nothing stored) when its public reference is already taken. */
    boolean insert(NewReferral referral);

    /** The referral with its personal data, if {@code viewer} is a party to it. */
    Optional<Referral> find(TenantId viewer, UUID id);

    /** One page of a box, newest first, without personal data. */
    Page<Referral> list(TenantId viewer, ReferralQuery query, Instant now, PageRequest page);

    /**
     * Moves the referral to {@code next} if its version is still {@code expectedVersion}.
     *
     * @return false when another change came first (nothing written)
     */
    boolean update(TenantId viewer, UUID id, int expectedVersion, ReferralProgress next, Instant at);

    /** Links a forwarded referral to its chained successor (in the forwarder's unit of work). */
    void markForwarded(TenantId viewer, UUID id, UUID forwardedTo);
}
