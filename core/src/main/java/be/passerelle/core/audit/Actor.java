package be.passerelle.core.audit;

import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Who made a change: a user or service account (with its tenant, if any) or a system job. */
public record Actor(String id, String name, Optional<TenantId> tenant) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tenant, "tenant");
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.userId(), caller.username(), caller.tenant().map(t -> t.id()));
    }

    public static Actor system(SystemOperation operation) {
        String name = "system:" + operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Actor(name, name, Optional.empty());
    }
}
