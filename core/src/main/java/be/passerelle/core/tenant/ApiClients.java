package be.passerelle.core.tenant;

import be.passerelle.core.shared.TenantId;
import java.util.List;

/** The tenant's own record of its API clients (tenant-private), checked on every integration call. */
public interface ApiClients {

    void add(TenantId tenant, ApiClient client);

    List<ApiClient> list(TenantId tenant);

    /** @return false when the tenant has no such active client */
    boolean revoke(TenantId tenant, String clientId);

    /** The client, if it is one of the tenant's and not revoked. */
    java.util.Optional<ApiClient> active(TenantId tenant, String clientId);
}
