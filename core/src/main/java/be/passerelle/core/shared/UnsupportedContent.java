package be.passerelle.core.shared;

/** The content is not of an accepted type, judged on its bytes. */
public final class UnsupportedContent extends DomainException {
    public UnsupportedContent(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNSUPPORTED_CONTENT;
    }
}
