package be.passerelle.core.shared;

/** A conditional update sent without the version it is based on. */
public final class VersionRequired extends DomainException {
    public VersionRequired(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.VERSION_REQUIRED;
    }
}
