package be.passerelle.core.tenant;

/** The level an institution works at (SPEC §4.1). */
public enum TenantKind {
    FEDERAL,
    REGIONAL,
    COMMUNITY,
    LOCAL,
    SECTORAL
}
