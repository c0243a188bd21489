package be.passerelle.core.referral;

/**
 * Scans an uploaded file before it is stored, fed segment by segment as the upload streams (as
 * clamd's INSTREAM takes chunks), so no file is ever whole in memory. Production plugs a scanner
 * in here; without one, {@link #NONE} accepts everything and says so in the log of the wiring.
 */
public interface VirusScanner {

    /** A scan of one file. */
    interface Scan {
        /** The next bytes of the file, in order. */
        void accept(byte[] segment);

        /** True when the content fed so far is the whole file and it is clean. */
        boolean isClean();
    }

    /** Starts the scan of one file. */
    Scan start();

    VirusScanner NONE = () -> new Scan() {
        @Override
        public void accept(byte[] segment) {}

        @Override
        public boolean isClean() {
            return true;
        }
    };
}
