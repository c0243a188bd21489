package be.passerelle.core.directory;

import be.passerelle.core.audit.Actor;
import java.time.Instant;
import java.util.Objects;

/** One version of a directory entry, kept for ever: the profile, who recorded it and when. */
public record EntryRevision(int version, Instant recordedAt, Actor author, InstitutionProfile profile) {
    public EntryRevision {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(profile, "profile");
    }
}
