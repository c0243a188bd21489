package be.passerelle.core.shared;

/**
 * Well-formed input that a business rule refuses, e.g. a referral without the citizen's consent or
 * to an institution that does not take referrals (HTTP 422).
 */
public final class BusinessRuleViolation extends DomainException {
    public BusinessRuleViolation(String message) {
        super(message);
    }
}
