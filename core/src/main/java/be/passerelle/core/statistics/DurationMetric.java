package be.passerelle.core.statistics;

/** The durations measured per receiver, in calendar days (Europe/Brussels) from the referral's creation. */
public enum DurationMetric {
    /** Until the receiver acknowledged it (accepting from {@code SENT} acknowledges too). */
    ACKNOWLEDGE,
    /** Until the receiver accepted it. */
    ACCEPT,
    /** Until the receiver closed it (state {@code CLOSED} only, not the other final states). */
    CLOSE
}
