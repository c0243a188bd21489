package be.passerelle.api.directory;

import be.passerelle.core.directory.EntryVersion;
import java.util.Optional;

/** A directory entry's {@code If-Match}: the version the change is based on (as the referrals' {@code ETags}). */
final class EntryTags {
    /** What a tag that is none of ours stands for: no entry ever has this version, so the update is stale. */
    private static final EntryVersion NONE_OF_OURS = new EntryVersion(-1, -1);

    private EntryTags() {}

    /** None sent (the update then asks for one), or the version named; a tag that is none of ours can never match
     * (it is refused as stale after the caller's right to edit the entry is checked). */
    static Optional<EntryVersion> expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(EntryVersion.parse(ifMatch).orElse(NONE_OF_OURS));
    }
}
