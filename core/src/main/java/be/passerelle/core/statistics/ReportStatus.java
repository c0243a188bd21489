package be.passerelle.core.statistics;

/** Where a revision of an annual report stands. */
public enum ReportStatus {
    /** Being prepared; private to the tenant (and network administrators). */
    DRAFT,
    /** Public and immutable; it stays public, with its dates, after a later revision supersedes it. */
    PUBLISHED
}
