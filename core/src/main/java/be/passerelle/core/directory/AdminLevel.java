package be.passerelle.core.directory;

/** The kind of administration (or company) a complaint is about (SPEC §4.2). */
public enum AdminLevel {
    FEDERAL,
    REGIONAL,
    COMMUNITY,
    LOCAL,
    /** Companies: a dispute between a consumer and a business. */
    PRIVATE
}
