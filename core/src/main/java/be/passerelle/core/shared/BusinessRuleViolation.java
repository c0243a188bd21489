package be.passerelle.core.shared;

/**
 * Well-formed input that a business rule refuses, e.g. a referral without the citizen's consent or
 * to an institution that does not take referrals.
 */
public final class BusinessRuleViolation extends DomainException {
    public BusinessRuleViolation(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.BUSINESS_RULE_VIOLATION;
    }
}
