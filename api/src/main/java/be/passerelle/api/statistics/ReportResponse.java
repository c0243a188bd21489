package be.passerelle.api.statistics;

import be.passerelle.core.statistics.ReportHistory;
import be.passerelle.core.statistics.ReportRevision;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's annual report for a year as its admin (or a network administrator) sees it, drafts
 * included.
 *
 * @param institution the institution's slug
 * @param year the report's year
 * @param currentRevision the published revision the public reads; null before the first publication
 * @param draftRevision the revision being prepared, if any (always the newest)
 * @param revisions every revision, newest first
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReportResponse(
        String institution,
        int year,
        @Schema(nullable = true) Integer currentRevision,
        @Schema(nullable = true) Integer draftRevision,
        List<Revision> revisions) {

    /**
     * @param revision the revision's number, from 1
     * @param status {@code DRAFT}, {@code PUBLISHED} (the current one) or {@code SUPERSEDED} (published,
     *     then replaced by a later publication; still public)
     * @param createdAt when the revision was opened
     * @param updatedAt when its figures last changed
     * @param publishedAt when it was published
     * @param supersededAt when a later revision was published
     * @param figures the revision's figures
     */
    /** Where a revision stands: the draft, the current published one, or one a later publication superseded. */
    enum RevisionStatus {
        DRAFT,
        PUBLISHED,
        SUPERSEDED
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ReportRevision")
    record Revision(
            int revision,
            RevisionStatus status,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) Instant supersededAt,
            AnnualFiguresBody figures) {

        static Revision of(ReportRevision r) {
            RevisionStatus status = r.isDraft()
                    ? RevisionStatus.DRAFT
                    : r.isCurrent() ? RevisionStatus.PUBLISHED : RevisionStatus.SUPERSEDED;
            return new Revision(
                    r.revision(),
                    status,
                    r.createdAt(),
                    r.updatedAt(),
                    r.publishedAt().orElse(null),
                    r.supersededAt().orElse(null),
                    AnnualFiguresBody.of(r.figures()));
        }
    }

    static ReportResponse of(ReportHistory history) {
        return new ReportResponse(
                history.institution().value(),
                history.year(),
                history.current().map(ReportRevision::revision).orElse(null),
                history.draft().map(ReportRevision::revision).orElse(null),
                history.revisions().stream().map(Revision::of).toList());
    }
}
