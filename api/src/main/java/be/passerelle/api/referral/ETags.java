package be.passerelle.api.referral;

import be.passerelle.core.shared.StaleVersion;
import java.util.Optional;

/** A referral's {@code ETag} is its version; {@code If-Match} names one (or {@code *}: any). */
final class ETags {
    private ETags() {}

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version {@code If-Match} requires, if any; a tag that is no version of ours can never match (412). */
    static Optional<Integer> required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Optional.of(Integer.parseInt(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw new StaleVersion("If-Match does not name a current version of this referral");
    }
}
