package be.passerelle.core.referral;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The citizen's status check on the database (runs in a shared unit of work, no tenant bound):
 * one narrow function that returns non-personal fields only, and the failure counts that lock a
 * reference for the day.
 */
public interface PublicStatusStore {

    Optional<PublicStatusRecord> find(PublicReference reference);

    int failures(PublicReference reference, LocalDate day);

    void recordFailure(PublicReference reference, LocalDate day);
}
