package be.passerelle.core.webhook;

import be.passerelle.core.shared.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An endpoint claimed by one dispatcher, with its signing secrets, while its oldest deliveries are sent. */
public record DueEndpoint(
        UUID id, Optional<TenantId> owner, URI url, SigningSecrets secrets, Optional<Instant> failingSince) {
    public DueEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(failingSince, "failingSince");
    }
}
