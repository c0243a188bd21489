package be.passerelle.core.shared;

/** The content is larger than allowed. */
public final class TooLarge extends DomainException {
    public TooLarge(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.TOO_LARGE;
    }
}
