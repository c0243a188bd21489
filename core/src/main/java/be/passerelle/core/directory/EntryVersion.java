package be.passerelle.core.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a directory entry as readers see it: the entry's own version and the version of the
 * tenant row that holds its referral intake. Its {@link #tag()} is the entity tag of the entry.
 */
public record EntryVersion(int entry, int tenant) {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\\.(\\d{1,9})\"");

    public String tag() {
        return "\"" + entry + "." + tenant + "\"";
    }

    /** Parses an entity tag this class made; anything else is empty (and can never match). */
    public static Optional<EntryVersion> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Matcher matcher = TAG.matcher(tag.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EntryVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }
}
