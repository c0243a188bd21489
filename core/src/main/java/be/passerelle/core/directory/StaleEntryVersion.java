package be.passerelle.core.directory;

import be.passerelle.core.shared.DomainException;

/** The entry changed since the caller read it: its {@code If-Match} tag is stale (HTTP 412). */
public final class StaleEntryVersion extends DomainException {
    public StaleEntryVersion() {
        super("the directory entry changed since it was read; read it again and retry with its new ETag");
    }
}
