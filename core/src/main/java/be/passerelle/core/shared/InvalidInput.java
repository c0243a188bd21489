package be.passerelle.core.shared;

/** Input that breaks a constraint of the domain. */
public non-sealed class InvalidInput extends DomainException {
    public InvalidInput(String message) {
        super(message);
    }

    @Override
    public final Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
