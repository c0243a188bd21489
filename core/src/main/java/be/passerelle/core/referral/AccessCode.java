package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The secret a citizen gets with the {@link PublicReference} to check the status of a referral
 * (SPEC §4.3): {@value #LENGTH} characters of Crockford's base 32 ({@link #ALPHABET}), 65 bits of
 * randomness, shown in groups as {@code 7K3M-9QXA-B2C4D}.
 *
 * <p>Generate it with a cryptographically strong source ({@link java.security.SecureRandom} in
 * production; the parameter lets tests be deterministic). It is stored only as an HMAC and never
 * logged: {@link #toString()} hides it. {@link #parse} reads what a citizen typed the Crockford
 * way: case-insensitive, hyphens and spaces ignored, {@code O} read as {@code 0} and {@code I},
 * {@code L} as {@code 1}.
 */
public record AccessCode(String value) {
    /** Crockford's base 32: digits and capital letters without I, L, O and U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static final int LENGTH = 13;

    /** Bits of randomness: {@value #LENGTH} characters of 5 bits each. */
    public static final int ENTROPY_BITS = LENGTH * 5;

    public AccessCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidInput("an access code has " + LENGTH + " characters of Crockford's base 32");
        }
    }

    public static AccessCode generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new AccessCode(new String(code));
    }

    /** The code a citizen typed, normalized, if it can be one. */
    public static Optional<AccessCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder normalized = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || normalized.length() == LENGTH) {
                return Optional.empty();
            }
            normalized.append(read);
        }
        return normalized.length() == LENGTH ? Optional.of(new AccessCode(normalized.toString())) : Optional.empty();
    }

    /** The code as given to the citizen, in groups of 4, 4 and 5: {@code 7K3M-9QXA-B2C4D}. */
    public String formatted() {
        return value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8);
    }

    /** Hides the secret, so it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "AccessCode[hidden]";
    }
}
