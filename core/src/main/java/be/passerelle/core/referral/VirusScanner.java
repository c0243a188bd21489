package be.passerelle.core.referral;

/**
 * Scans an uploaded file before it is stored. Production plugs a scanner (e.g. clamd) in here;
 * without one, {@link #NONE} accepts everything and says so in the log of the wiring.
 */
public interface VirusScanner {

    /** True when the content is clean. */
    boolean isClean(byte[] content);

    VirusScanner NONE = content -> true;
}
