package be.passerelle.core.shared;

/** The caller's {@code If-Match} names a version that is no longer the current one (HTTP 412). */
public final class PreconditionFailed extends DomainException {
    public PreconditionFailed(String message) {
        super(message);
    }
}
