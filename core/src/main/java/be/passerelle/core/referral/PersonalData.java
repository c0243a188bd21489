package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import java.util.Objects;

/** The personal part of a referral: the citizen and the case summary. Encrypted at rest. */
public record PersonalData(Citizen citizen, String summary) {
    public PersonalData {
        Objects.requireNonNull(citizen, "citizen");
        if (summary == null || summary.isBlank()) {
            throw new InvalidInput("the summary is required");
        }
    }

    @Override
    public String toString() {
        return "PersonalData[hidden]";
    }
}
