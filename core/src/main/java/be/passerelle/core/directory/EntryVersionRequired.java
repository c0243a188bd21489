package be.passerelle.core.directory;

import be.passerelle.core.shared.DomainException;

/** An update without the version it is based on ({@code If-Match} missing: HTTP 428). */
public final class EntryVersionRequired extends DomainException {
    public EntryVersionRequired() {
        super("send the entry's ETag in If-Match to update it");
    }
}
