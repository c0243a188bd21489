package be.passerelle.core.referral;

/** The two institutions of a referral. A third tenant is no party and never learns it exists. */
public enum Party {
    SENDER,
    RECEIVER
}
