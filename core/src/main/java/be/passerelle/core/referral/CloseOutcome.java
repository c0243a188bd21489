package be.passerelle.core.referral;

/** How the receiver closed an accepted referral (SPEC §4.3, {@code /close {outcome}}). */
public enum CloseOutcome {
    RESOLVED,
    PARTLY_RESOLVED,
    UNRESOLVED,
    NOT_ADMISSIBLE
}
