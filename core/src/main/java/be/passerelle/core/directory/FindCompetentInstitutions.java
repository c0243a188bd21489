package be.passerelle.core.directory;

import java.util.Objects;

/**
 * The public competence finder (SPEC §4.2) over the stored directory. The query carries no free
 * text: the API's {@code text} field never reaches the core.
 */
public final class FindCompetentInstitutions {
    private final DirectorySnapshots snapshots;

    public FindCompetentInstitutions(DirectorySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public Answer match(MatchQuery query) {
        DirectorySnapshots.Snapshot snapshot = snapshots.current();
        return new Answer(snapshot.finder().match(query), snapshot);
    }

    /** The finder's result and the directory it came from (to label codes and show entries). */
    public record Answer(MatchResult result, DirectorySnapshots.Snapshot directory) {
        public Answer {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(directory, "directory");
        }
    }
}
