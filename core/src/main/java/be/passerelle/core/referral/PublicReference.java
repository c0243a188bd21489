package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A referral's public reference, given to the citizen with the {@link AccessCode} and shown to
 * both institutions: {@code PSR-2026-7K3M9Q}, that is
 *
 * <ul>
 *   <li>{@code PSR}, for Passerelle;
 *   <li>the year of creation in Brussels time (four digits, from 2000 to 9999);
 *   <li>six characters drawn uniformly from {@link #ALPHABET}: the digits 2–9 and the capital
 *       letters without I, L, O and U, so nothing reads as 0/O, 1/I/L or V/U when spoken or
 *       copied by hand (30<sup>6</sup> ≈ 7.3 × 10<sup>8</sup> references a year).
 * </ul>
 *
 * <p>The reference is not a secret (the access code is) and is not unique by construction: the
 * store keeps it unique and the creating use case draws again on a clash. Citizens may type it in
 * lower case or with surrounding spaces; {@link #parse} normalizes that.
 */
public record PublicReference(String value) {
    /** The characters of the random part, in no meaningful order. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static final String PREFIX = "PSR";
    public static final int RANDOM_LENGTH = 6;

    private static final Pattern FORMAT =
            Pattern.compile(PREFIX + "-(2\\d{3}|[3-9]\\d{3})-[" + ALPHABET + "]{" + RANDOM_LENGTH + "}");

    public PublicReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("a public reference looks like PSR-2026-7K3M9Q");
        }
    }

    /** A new reference for a referral created at {@code createdAt}. */
    public static PublicReference generate(Instant createdAt, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        int year = BelgianCalendar.dayOf(createdAt).getYear();
        StringBuilder reference =
                new StringBuilder(PREFIX).append('-').append(year).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new PublicReference(reference.toString());
    }

    /** The reference a citizen typed, trimmed and upper-cased, if it has the right form. */
    public static Optional<PublicReference> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalized).matches() ? Optional.of(new PublicReference(normalized)) : Optional.empty();
    }

    /** The year of creation the reference carries. */
    public int year() {
        return Integer.parseInt(value.substring(PREFIX.length() + 1, PREFIX.length() + 5));
    }

    @Override
    public String toString() {
        return value;
    }
}
