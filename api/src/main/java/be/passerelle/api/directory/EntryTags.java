package be.passerelle.api.directory;

import be.passerelle.core.directory.EntryVersion;
import be.passerelle.core.shared.StaleVersion;
import java.util.Optional;

/** A directory entry's {@code If-Match}: the version the change is based on (as the referrals' {@code ETags}). */
final class EntryTags {
    private EntryTags() {}

    /** None sent (the update then asks for one), or the version named; a tag that is none of ours can never match. */
    static Optional<EntryVersion> expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(EntryVersion.parse(ifMatch)
                .orElseThrow(() -> new StaleVersion(
                        "the directory entry changed since it was read; read it again and retry with its new ETag")));
    }
}
