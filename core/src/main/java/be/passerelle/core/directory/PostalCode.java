package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;

/**
 * A Belgian postal code: four digits, from 1000 to 9999. Whether a code is actually used is the
 * {@link Geography}'s business.
 */
public record PostalCode(int value) implements Comparable<PostalCode> {
    public static final int MIN = 1000;
    public static final int MAX = 9999;

    public PostalCode {
        if (value < MIN || value > MAX) {
            throw new InvalidInput("a Belgian postal code has four digits, from 1000 to 9999");
        }
    }

    /** Parses four digits (surrounding blanks are ignored); anything else is invalid input. */
    public static PostalCode parse(String text) {
        if (text == null) {
            throw new InvalidInput("a Belgian postal code has four digits, from 1000 to 9999");
        }
        String digits = text.strip();
        if (digits.length() != 4) {
            throw new InvalidInput("a Belgian postal code has four digits, from 1000 to 9999");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInput("a Belgian postal code has four digits, from 1000 to 9999");
            }
        }
        return new PostalCode(Integer.parseInt(digits));
    }

    @Override
    public int compareTo(PostalCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
