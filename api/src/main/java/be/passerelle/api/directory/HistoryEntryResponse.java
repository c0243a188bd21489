package be.passerelle.api.directory;

import be.passerelle.core.directory.EntryRevision;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One version of a directory entry.
 *
 * @param version the version number
 * @param recordedAt when it was recorded
 * @param author who recorded it
 * @param entry the entry's content in that version
 */
record HistoryEntryResponse(int version, Instant recordedAt, Author author, InstitutionResponse.ProfileResponse entry) {

    /**
     * The author: the institution for the public; the user (or system job) for the institution's
     * own admins and network administrators.
     *
     * @param type INSTITUTION, USER or SYSTEM
     * @param institution the institution's slug
     * @param userId the user's id (USER and SYSTEM only)
     * @param username the user's name (USER and SYSTEM only)
     */
    record Author(
            @Schema(allowableValues = {"INSTITUTION", "USER", "SYSTEM"})
            String type,

            String institution,
            @Schema(nullable = true) String userId,
            @Schema(nullable = true) String username) {}

    static HistoryEntryResponse of(EntryRevision revision, TenantSlug institution, boolean showsUsers) {
        Author author;
        if (!showsUsers) {
            author = new Author("INSTITUTION", institution.value(), null, null);
        } else {
            boolean system = revision.author().tenant().isEmpty()
                    && revision.author().id().startsWith("system:");
            author = new Author(
                    system ? "SYSTEM" : "USER",
                    institution.value(),
                    revision.author().id(),
                    revision.author().name());
        }
        return new HistoryEntryResponse(
                revision.version(),
                revision.recordedAt(),
                author,
                InstitutionResponse.ProfileResponse.of(revision.profile()));
    }
}
