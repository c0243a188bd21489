package be.passerelle.api.notification;

import java.util.Optional;

/** The notification settings' {@code ETag} is their version; {@code If-Match} names the one a change is based on. */
final class SettingsTags {
    /** What a tag that is none of ours stands for: no settings ever have this version, so the change is stale. */
    private static final int NONE_OF_OURS = -1;

    private SettingsTags() {}

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** None sent (the change then asks for one), or the version named. */
    static Optional<Integer> expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.length() <= 12 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Optional.of(Integer.parseInt(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException e) {
                return Optional.of(NONE_OF_OURS);
            }
        }
        return Optional.of(NONE_OF_OURS);
    }
}
