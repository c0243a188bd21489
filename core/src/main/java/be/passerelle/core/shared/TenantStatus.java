package be.passerelle.core.shared;

/** Lifecycle of a tenant. Only {@code ACTIVE} tenants' users and clients are let in. */
public enum TenantStatus {
    /** Known to the database, its identity-provider organization not yet confirmed. */
    PROVISIONING,
    ACTIVE,
    SUSPENDED
}
