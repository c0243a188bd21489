package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET /referrals} (SPEC §4.3). {@code text} matches the public reference, the
 * external reference and the subject, never citizen data.
 *
 * @param overdue only unacknowledged referrals past their deadline
 * @param assignee only the referrals assigned, on the viewer's side, to one staff member or to nobody
 */
public record ReferralQuery(
        Box box,
        Optional<ReferralState> state,
        Optional<String> sector,
        boolean overdue,
        Optional<String> text,
        Optional<AssigneeFilter> assignee) {

    /** Any assignee. */
    public ReferralQuery(
            Box box, Optional<ReferralState> state, Optional<String> sector, boolean overdue, Optional<String> text) {
        this(box, state, sector, overdue, text, Optional.empty());
    }

    /** The assignment filter of a box, on the viewer's own side. */
    public sealed interface AssigneeFilter {
        /** Assigned to this staff member (e.g. the caller: "mine"). */
        record To(String userId) implements AssigneeFilter {
            public To {
                Objects.requireNonNull(userId, "userId");
            }
        }

        /** Not assigned to anyone. */
        record Nobody() implements AssigneeFilter {}
    }

    /** Which side of the referrals the caller's tenant lists. */
    public enum Box {
        SENT,
        RECEIVED
    }

    public ReferralQuery {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(assignee, "assignee");
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(s -> !s.isEmpty());
        if (text.map(String::length).orElse(0) > 100) {
            throw new InvalidInput("the search text has at most 100 characters");
        }
    }
}
