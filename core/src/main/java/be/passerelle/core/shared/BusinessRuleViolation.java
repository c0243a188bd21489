package be.passerelle.core.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Well-formed input that a business rule refuses, e.g. a referral without the citizen's consent or
 * to an institution that does not take referrals. When the rule concerns one field of the request, it
 * names it (the problem's {@code errors[]}), so that a form shows the refusal next to that field.
 */
public final class BusinessRuleViolation extends DomainException {
    private final String field;

    public BusinessRuleViolation(String message) {
        super(message);
        this.field = null;
    }

    public BusinessRuleViolation(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The request field the rule concerns, e.g. {@code consent}. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public Kind kind() {
        return Kind.BUSINESS_RULE_VIOLATION;
    }
}
