package be.passerelle.core.shared;

/** A backing service (database, identity provider) cannot be reached now; try again (HTTP 503). */
public final class Unavailable extends DomainException {
    public Unavailable(String message) {
        super(message);
    }
}
