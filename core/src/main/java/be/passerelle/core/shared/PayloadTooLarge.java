package be.passerelle.core.shared;

/** The request's content is larger than allowed (HTTP 413). */
public final class PayloadTooLarge extends DomainException {
    public PayloadTooLarge(String message) {
        super(message);
    }
}
