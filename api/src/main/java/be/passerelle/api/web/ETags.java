package be.passerelle.api.web;

import be.passerelle.core.shared.StaleVersion;
import java.util.Optional;

/** A resource's {@code ETag} is its version; {@code If-Match} names the one a change is based on. */
public final class ETags {
    /** What a tag that is none of ours stands for: nothing ever has this version, so the change is stale. */
    private static final int NONE_OF_OURS = -1;

    private ETags() {}

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /**
     * A referral's transitions: the version {@code If-Match} requires, if any ({@code *}: any); a tag that is no
     * version of ours can never match (412).
     */
    public static Optional<Integer> required(String ifMatch) {
        if (ifMatch != null && ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        Optional<Integer> named = named(ifMatch);
        if (named.isPresent() && named.get() == NONE_OF_OURS) {
            throw new StaleVersion("If-Match does not name a current version of this referral");
        }
        return named;
    }

    /**
     * None sent (a change that needs one then answers 428), or the version named; a tag that is none of ours names
     * a version nothing has (so the change is stale, 412).
     */
    public static Optional<Integer> named(String ifMatch) {
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
