package be.passerelle.core.shared;

/** The version the caller names (its {@code If-Match}) is no longer the current one. */
public final class StaleVersion extends DomainException {
    public StaleVersion(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.STALE_VERSION;
    }
}
