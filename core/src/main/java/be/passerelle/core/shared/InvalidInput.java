package be.passerelle.core.shared;

/** Input that breaks a constraint of the domain (HTTP 400). */
public final class InvalidInput extends DomainException {
    public InvalidInput(String message) {
        super(message);
    }
}
