package be.passerelle.core.referral;

/**
 * Why a receiver declines, as a code the sender's mail may name (the free-text reason never leaves
 * the two institutions' pages).
 */
public enum DeclineReason {
    NOT_COMPETENT,
    INADMISSIBLE,
    ALREADY_HANDLED,
    OTHER
}
