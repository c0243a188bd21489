package be.passerelle.core.tenant;

import be.passerelle.core.shared.ApiScope;
import java.util.Set;

/** A tenant's integration client (a confidential client with a service account). */
public record ApiClient(String clientId, String name, Set<ApiScope> scopes) {
    public ApiClient {
        scopes = Set.copyOf(scopes);
    }
}
