package be.passerelle.core.shared;

/** The resource does not exist for this caller. */
public final class NotFound extends DomainException {
    public NotFound(String what) {
        super(what + " not found");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
