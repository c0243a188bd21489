package be.passerelle.core.notification;

/** Where the tenant's shared intake address stands; only a CONFIRMED one is ever mailed. */
public enum IntakeAddressStatus {
    /** No address set. */
    NONE,
    /** Set, and the confirmation link mailed to it not followed yet (maybe expired: resend). */
    PENDING_CONFIRMATION,
    CONFIRMED
}
