package be.passerelle.core.shared;

/**
 * The named operations allowed to cross tenants (SPEC §1). They run through the separate system
 * database role and pool; there is no other way to read across tenants.
 */
public enum SystemOperation {
    /** Loading the network seed data (institutions as tenants). */
    SEED_IMPORT,
    /** A network administrator reading every tenant's audit trail. */
    NETWORK_AUDIT_READ,
    /** Giving tenants imported without an identity-provider organization their organization. */
    TENANT_RECONCILE,
    /** Background delivery of outbox events. */
    OUTBOX_DISPATCH
}
