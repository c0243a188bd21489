package be.passerelle.core.directory;

/** How much of the located administration's place a competence's territory covers. */
public enum Coverage {
    /** All of it. */
    FULL,
    /**
     * Part of it: one of the municipalities sharing a postal code, or part of a wider area (Ombuds
     * Bruxelles for Brussels' communes, except those with their own ombuds).
     */
    PARTIAL
}
