package be.passerelle.core.shared;

/**
 * A failure the caller can understand and act upon. Each subtype maps to one HTTP status in the
 * API; messages never contain personal data.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
