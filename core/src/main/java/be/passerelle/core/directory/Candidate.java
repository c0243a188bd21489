package be.passerelle.core.directory;

import be.passerelle.core.shared.TenantSlug;
import java.util.List;
import java.util.Objects;

/**
 * An institution the finder proposes: its score (0 to 100, higher is better), the competence that
 * matched best (and its position in the institution's list), how it covers the located place, the
 * reasons, and the admissibility rules with what they mean for the citizen ({@code conditions}).
 */
public record Candidate(
        TenantSlug institution,
        int score,
        int competenceIndex,
        Competence competence,
        Coverage coverage,
        List<Reason> reasons,
        Admissibility admissibility,
        List<Reason> conditions) {
    public static final int MAX_SCORE = 100;

    public Candidate {
        Objects.requireNonNull(institution, "institution");
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("a score is between 0 and " + MAX_SCORE);
        }
        Objects.requireNonNull(competence, "competence");
        Objects.requireNonNull(coverage, "coverage");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(admissibility, "admissibility");
        conditions = List.copyOf(conditions);
    }

    /** Whether one of the reasons has this code. */
    public boolean hasReason(ReasonCode code) {
        return reasons.stream().anyMatch(reason -> reason.code() == code);
    }
}
