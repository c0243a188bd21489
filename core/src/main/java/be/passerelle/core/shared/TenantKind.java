package be.passerelle.core.shared;

/** The level an institution works at (SPEC §4.1). */
public enum TenantKind {
    FEDERAL,
    REGIONAL,
    COMMUNITY,
    LOCAL,
    SECTORAL
}
