package be.passerelle.core.shared;

/** The resource does not exist for this caller (HTTP 404; also what another tenant sees). */
public final class NotFound extends DomainException {
    public NotFound(String what) {
        super(what + " not found");
    }
}
