package be.passerelle.core.shared;

/** A conditional update sent without the version it is based on ({@code If-Match} missing: HTTP 428). */
public final class PreconditionRequired extends DomainException {
    public PreconditionRequired(String message) {
        super(message);
    }
}
