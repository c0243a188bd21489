package be.passerelle.core.referral;

import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The referral store. Every method runs inside the unit of work of {@code viewer}'s tenant and sees
 * only referrals that tenant sends or receives. Personal data is encrypted on the way in and
 * decrypted on the way out, for the two parties only.
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

    void appendEvent(NewReferralEvent event);

    /** The timeline, oldest first. */
    List<ReferralEvent> events(TenantId viewer, UUID referralId);

    void addMessage(NewReferralMessage message);

    /**
     * Erases the personal data of the referral and of its whole forward chain: citizen, summary,
     * timeline notes, message bodies and idempotent replays; the non-personal facts stay. Only in a
     * system operation (the rows belong to several tenants).
     *
     * @return the referrals of the chain, with their parties
     */
    List<ErasedReferral> erasePersonalData(UUID referralId, Instant at);

    /**
     * Referrals still holding personal data that finished before {@code finishedBefore} or were
     * created before {@code createdBefore} (system operation).
     */
    List<UUID> holdingExpiredPersonalData(Instant finishedBefore, Instant createdBefore, int limit);

    /** The thread, oldest first, after the page's position. */
    Page<ReferralMessage> messages(TenantId viewer, UUID referralId, PageRequest page);
}
