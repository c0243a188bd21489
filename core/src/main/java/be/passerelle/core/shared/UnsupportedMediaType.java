package be.passerelle.core.shared;

/** The content is not of an accepted type, judged on its bytes (HTTP 415). */
public final class UnsupportedMediaType extends DomainException {
    public UnsupportedMediaType(String message) {
        super(message);
    }
}
