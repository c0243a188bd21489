package be.passerelle.core.shared;

/** The request clashes with the current state of a resource (HTTP 409). */
public final class Conflict extends DomainException {
    public Conflict(String message) {
        super(message);
    }
}
