package be.passerelle.core.shared;

/** The caller is known but may not do this. */
public non-sealed class AccessDenied extends DomainException {
    public AccessDenied(String message) {
        super(message);
    }

    @Override
    public final Kind kind() {
        return Kind.ACCESS_DENIED;
    }
}
