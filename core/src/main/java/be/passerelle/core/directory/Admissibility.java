package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.OptionalInt;

/**
 * When an institution takes a complaint (SPEC §4.2): after a first complaint to the administration or
 * company concerned or not, up to what age of the facts, whether anonymously. {@code verified} is
 * false until the institution has confirmed the rules.
 */
public record Admissibility(
        boolean priorContactRequired, OptionalInt maxComplaintAgeMonths, boolean anonymousAccepted, boolean verified) {
    public static final int MAX_AGE_MONTHS = 600;

    public Admissibility {
        if (maxComplaintAgeMonths == null) {
            maxComplaintAgeMonths = OptionalInt.empty();
        }
        maxComplaintAgeMonths.ifPresent(months -> {
            if (months < 1 || months > MAX_AGE_MONTHS) {
                throw new InvalidInput("the maximum age of a complaint is between 1 and " + MAX_AGE_MONTHS + " months");
            }
        });
    }
}
