package be.passerelle.core.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The finder's answer: candidates, best first; where the postal code lies, if one was used; notes
 * about the query (a shared postal code, a body that overrode the location, nobody competent); and,
 * when nobody is competent, the orientation points to turn to.
 */
public record MatchResult(
        List<Candidate> candidates,
        Optional<PostalLocation> location,
        List<Reason> notes,
        List<OrientationPoint> orientation) {
    public MatchResult {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(location, "location");
        notes = List.copyOf(notes);
        orientation = List.copyOf(orientation);
    }

    /** Whether some member of the network is competent. */
    public boolean anyCompetent() {
        return !candidates.isEmpty();
    }
}
