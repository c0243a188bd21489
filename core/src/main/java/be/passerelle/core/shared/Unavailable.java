package be.passerelle.core.shared;

/** A backing service (database, identity provider) cannot be reached now; try again. */
public final class Unavailable extends DomainException {
    public Unavailable(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
