package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET /referrals} (SPEC §4.3). {@code text} matches the public reference, the
 * external reference and the subject, never citizen data.
 *
 * @param overdue only unacknowledged referrals past their deadline
 */
public record ReferralQuery(
        Box box, Optional<ReferralState> state, Optional<String> sector, boolean overdue, Optional<String> text) {

    /** Which side of the referrals the caller's tenant lists. */
    public enum Box {
        SENT,
        RECEIVED
    }

    public ReferralQuery {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sector, "sector");
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(s -> !s.isEmpty());
        if (text.map(String::length).orElse(0) > 100) {
            throw new InvalidInput("the search text has at most 100 characters");
        }
    }
}
