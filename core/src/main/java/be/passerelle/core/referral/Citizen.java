package be.passerelle.core.referral;

import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * The citizen a referral is about: personal data, encrypted at rest and shown only to the two
 * institutions' staff (SPEC §4.3). {@link #toString()} hides every field so that no log line can
 * carry it by accident.
 */
public record Citizen(
        String firstName,
        String lastName,
        Optional<String> email,
        Optional<String> phone,
        Optional<PostalCode> postalCode,
        Language preferredLanguage) {
    public Citizen {
        firstName = required(firstName, "first name");
        lastName = required(lastName, "last name");
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(s -> !s.isEmpty());
        phone = Objects.requireNonNull(phone, "phone").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("the citizen's " + what + " is required");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "Citizen[hidden]";
    }
}
