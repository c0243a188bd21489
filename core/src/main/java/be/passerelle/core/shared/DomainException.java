package be.passerelle.core.shared;

/**
 * A failure the caller can understand and act upon; messages never contain personal data. The
 * family is closed: one class per {@link Kind}, and the API maps each kind to one problem (one
 * exhaustive switch). Three kinds are refined elsewhere ({@link AccessDenied}, {@link Conflict},
 * {@link InvalidInput} are open to subclasses that add what the caller needs to know).
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound,
                AccessDenied,
                InvalidInput,
                BusinessRuleViolation,
                Conflict,
                StaleVersion,
                VersionRequired,
                TooLarge,
                UnsupportedContent,
                RateLimited,
                Unavailable {

    /** The kinds of failure, one per permitted subclass, for a switch that the compiler checks. */
    public enum Kind {
        NOT_FOUND,
        ACCESS_DENIED,
        INVALID_INPUT,
        BUSINESS_RULE_VIOLATION,
        CONFLICT,
        STALE_VERSION,
        VERSION_REQUIRED,
        TOO_LARGE,
        UNSUPPORTED_CONTENT,
        RATE_LIMITED,
        UNAVAILABLE
    }

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    public abstract Kind kind();
}
