package be.passerelle.core.privacy;

/**
 * Moves encrypted values sealed with an older key of the ring to the current key (SPEC §4.3), so
 * that an old key can leave the ring. Runs as a system operation, in batches.
 */
public interface Rekeying {

    /**
     * Re-seals up to {@code limit} rows per table whose key is not the current one.
     *
     * @return how many rows were re-sealed
     */
    int rekey(int limit);
}
