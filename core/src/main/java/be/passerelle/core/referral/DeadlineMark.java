package be.passerelle.core.referral;

/**
 * What the deadline scans tell a receiver about a referral it has not acknowledged yet, at most once
 * each (see {@link DeadlineRules} for when): the outbox event type the mail worker turns into a mail.
 */
public enum DeadlineMark {
    /** Due within one working day. */
    DUE_SOON("referral.due_soon"),
    /** Past its acknowledgement deadline. */
    OVERDUE("referral.overdue"),
    /** Still not acknowledged N working days after its deadline (N per receiver, default 2). */
    ESCALATED("referral.escalated");

    private final String eventType;

    DeadlineMark(String eventType) {
        this.eventType = eventType;
    }

    /** The outbox event type recorded with the mark. */
    public String eventType() {
        return eventType;
    }
}
