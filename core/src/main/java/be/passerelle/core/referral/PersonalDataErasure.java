package be.passerelle.core.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erasure of referrals' personal data across tenants (the rows of a forward chain and its replays
 * belong to several): used only inside a system operation ({@code PERSONAL_DATA_ERASURE} or
 * {@code PERSONAL_DATA_RETENTION}), never in a tenant's unit of work.
 */
public interface PersonalDataErasure {

    /**
     * Erases the personal data of the referral and of its whole forward chain: citizen, summary,
     * timeline notes, message bodies, attachments and idempotent replays; the non-personal facts
     * stay.
     *
     * @return the referrals of the chain, with their parties
     */
    List<ErasedReferral> erase(UUID referralId, Instant at);

    /**
     * Referrals still holding personal data that finished before {@code finishedBefore} or were
     * created before {@code createdBefore}.
     */
    List<UUID> holdingExpired(Instant finishedBefore, Instant createdBefore, int limit);
}
