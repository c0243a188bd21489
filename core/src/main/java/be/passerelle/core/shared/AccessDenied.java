package be.passerelle.core.shared;

/** The caller is known but may not do this (HTTP 403). */
public final class AccessDenied extends DomainException {
    public AccessDenied(String message) {
        super(message);
    }
}
