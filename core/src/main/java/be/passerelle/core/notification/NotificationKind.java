package be.passerelle.core.notification;

/**
 * What a staff member can be told about (issue #19), each with the side of the referral it concerns.
 * Users choose per kind how it reaches them ({@link NotificationDelivery}).
 */
public enum NotificationKind {
    /** A referral arrived (also through a forward). Always reaches someone. */
    RECEIVED(Audience.RECEIVER),
    /** The sender posted a message. */
    MESSAGE_FROM_SENDER(Audience.RECEIVER),
    /** The sender withdrew the referral. */
    WITHDRAWN(Audience.RECEIVER),
    /** Not acknowledged and due within one working day. */
    DUE_SOON(Audience.RECEIVER),
    /** Not acknowledged past its due date. */
    OVERDUE(Audience.RECEIVER),
    ACKNOWLEDGED(Audience.SENDER),
    ACCEPTED(Audience.SENDER),
    /** Declined; the mail names the reason code, never the free-text reason. */
    DECLINED(Audience.SENDER),
    /** Forwarded; the mail names the institution it went to. */
    FORWARDED(Audience.SENDER),
    /** Closed; the mail names the outcome. */
    CLOSED(Audience.SENDER),
    /** The receiver posted a message. */
    MESSAGE_FROM_RECEIVER(Audience.SENDER),
    /** The network suspended the receiver. */
    RECEIVER_SUSPENDED(Audience.SENDER),
    /** Still not acknowledged N working days after its due date: the receiver's tenant admins. Always reaches someone. */
    ESCALATED(Audience.RECEIVER_ADMINS);

    /** Whose staff a kind goes to. */
    public enum Audience {
        RECEIVER,
        SENDER,
        RECEIVER_ADMINS
    }

    private final Audience audience;

    NotificationKind(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    /** Kinds that may not get lost when every recipient opted out (intake address, else admins). */
    public boolean mustReachSomeone() {
        return this == RECEIVED || this == ESCALATED;
    }
}
