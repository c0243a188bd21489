package be.passerelle.infra.testing;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Marker values for the personal fields of test data (citizen, summary, reasons, notes, messages,
 * attachment names), so that {@link PersonalDataLogGuard} recognises them in a log line: each holds
 * {@link #MARKER} and a random part, e.g. {@code Dupont-piimark-3f9a1c2b}. A field whose format allows
 * no letters (a phone number) gets random digits, remembered here and looked for as such.
 */
public final class PersonalDataMarkers {
    /** In every marked value; looked for in log lines whatever the case. */
    public static final String MARKER = "piimark";

    private static final Set<String> DIGIT_VALUES = ConcurrentHashMap.newKeySet();

    private PersonalDataMarkers() {}

    /** {@code prefix}, the marker and a random part: {@code Dupont-piimark-3f9a1c2b}. */
    public static String marked(String prefix) {
        return prefix + "-" + MARKER + "-" + random();
    }

    /** An e-mail address whose local part is marked. */
    public static String markedEmail(String name) {
        return marked(name) + "@example.org";
    }

    /** A Belgian mobile number with random digits, e.g. {@code +32 470 12 34 56 78}, remembered. */
    public static String markedPhone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String phone = String.format(
                Locale.ROOT,
                "+32 47%d %03d %03d %03d",
                random.nextInt(10),
                random.nextInt(1000),
                random.nextInt(1000),
                random.nextInt(1000));
        DIGIT_VALUES.add(phone);
        return phone;
    }

    /** A random part without the marker, e.g. for a non-personal subject a test searches by. */
    public static String random() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 32 | 0x1_0000_0000L)
                .substring(1);
    }

    /** Whether {@code text} holds a marked value. */
    public static boolean holdsPersonalData(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).contains(MARKER)) {
            return true;
        }
        for (String value : DIGIT_VALUES) {
            if (text.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
