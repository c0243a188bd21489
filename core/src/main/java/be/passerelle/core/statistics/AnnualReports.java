package be.passerelle.core.statistics;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * The tenants' annual reports and their revisions. Tenant-private except published revisions, which
 * every caller may read.
 */
public interface AnnualReports {

    /** Serializes writers of {@code tenant}'s report for {@code year} until the unit of work ends. */
    void lock(TenantId tenant, int year);

    /** Every revision of {@code tenant}'s report for {@code year}, newest first (drafts included). */
    List<ReportRevision> revisions(TenantId tenant, int year);

    /** Every revision of every year of {@code tenant}'s reports, newest year first, then newest revision first. */
    List<ReportRevision> allRevisions(TenantId tenant);

    /** The published revisions only, newest first (what anybody may read). */
    List<ReportRevision> publishedRevisions(TenantId tenant, int year);

    void addDraft(TenantId tenant, int year, int revision, AnnualFigures figures, Actor author, Instant at);

    /** Replaces the figures of the draft {@code revision}; false when it is not (or no longer) a draft. */
    boolean updateDraft(TenantId tenant, int year, int revision, AnnualFigures figures, Actor author, Instant at);

    /**
     * Publishes the draft {@code revision} and marks the previously current published revision as
     * superseded at the same instant; false when {@code revision} is not a draft.
     */
    boolean publish(TenantId tenant, int year, int revision, Instant at);

    /** The current published revision of every institution that published one for {@code year}, by slug. */
    List<PublishedReport> currentlyPublished(int year);
}
