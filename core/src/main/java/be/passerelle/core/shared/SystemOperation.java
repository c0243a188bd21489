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
    OUTBOX_DISPATCH,
    /** Deleting idempotency keys (and their encrypted responses) older than 24 hours. */
    IDEMPOTENCY_PURGE,
    /**
     * Erasing a referral's personal data (citizen, summary, notes, messages, attachments, idempotent replays) on
     * a party's request, across its forward chain and both parties' rows.
     */
    PERSONAL_DATA_ERASURE,
    /** Erasing the personal data of referrals past their retention period. */
    PERSONAL_DATA_RETENTION,
    /** Re-encrypting personal data sealed with an older key under the keyring's current key. */
    PERSONAL_DATA_REKEY,
    /** A network administrator reading a tenant's annual report drafts and revisions (SPEC §3). */
    STATISTICS_DRAFT_READ,
    /** Folding changed referrals into the non-personal referral-flow rollups (statistics). */
    REFERRAL_FLOW_REFRESH,
    /** Finding which tenant's intake address an anonymous confirmation link's token confirms (issue #19). */
    NOTIFICATION_ADDRESS_CONFIRMATION,
    /** The reminder, overdue and escalation scan of referrals not acknowledged yet (issue #19). */
    REFERRAL_DEADLINE_SCAN,
    /** Counting open, overdue and escalated referrals per receiver: counts only, never a referral (SPEC §8). */
    REFERRAL_HEALTH_READ
}
