package be.passerelle.persistence.tenant;

import static be.passerelle.persistence.jooq.Tables.API_CLIENTS;

import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.tenant.ApiClient;
import be.passerelle.core.tenant.ApiClients;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;

/** The tenant's record of its API clients ({@code api_clients}, row-level security per tenant). */
final class JooqApiClients implements ApiClients {
    private final Database database;

    JooqApiClients(Database database) {
        this.database = database;
    }

    @Override
    public void add(TenantId tenant, ApiClient client) {
        database.dsl()
                .insertInto(API_CLIENTS)
                .set(API_CLIENTS.TENANT_ID, tenant.value())
                .set(API_CLIENTS.CLIENT_ID, client.clientId())
                .set(API_CLIENTS.NAME, client.name())
                .set(
                        API_CLIENTS.SCOPES,
                        client.scopes().stream().map(ApiScope::value).sorted().toArray(String[]::new))
                .execute();
    }

    @Override
    public List<ApiClient> list(TenantId tenant) {
        return database.dsl()
                .select(API_CLIENTS.CLIENT_ID, API_CLIENTS.NAME, API_CLIENTS.SCOPES)
                .from(API_CLIENTS)
                .where(Tenancy.ownedBy(API_CLIENTS.TENANT_ID, tenant).and(API_CLIENTS.REVOKED_AT.isNull()))
                .orderBy(API_CLIENTS.CREATED_AT)
                .fetch(JooqApiClients::toClient);
    }

    @Override
    public boolean revoke(TenantId tenant, String clientId) {
        return database.dsl()
                        .update(API_CLIENTS)
                        .set(API_CLIENTS.REVOKED_AT, DSL.currentOffsetDateTime())
                        .where(Tenancy.ownedBy(API_CLIENTS.TENANT_ID, tenant)
                                .and(API_CLIENTS.CLIENT_ID.eq(clientId))
                                .and(API_CLIENTS.REVOKED_AT.isNull()))
                        .execute()
                == 1;
    }

    @Override
    public Optional<ApiClient> active(TenantId tenant, String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return database.dsl()
                .select(API_CLIENTS.CLIENT_ID, API_CLIENTS.NAME, API_CLIENTS.SCOPES)
                .from(API_CLIENTS)
                .where(Tenancy.ownedBy(API_CLIENTS.TENANT_ID, tenant)
                        .and(API_CLIENTS.CLIENT_ID.eq(clientId))
                        .and(API_CLIENTS.REVOKED_AT.isNull()))
                .fetchOptional(JooqApiClients::toClient);
    }

    private static ApiClient toClient(org.jooq.Record3<String, String, String[]> r) {
        return new ApiClient(
                r.value1(),
                r.value2(),
                Arrays.stream(r.value3()).map(ApiScope::of).collect(Collectors.toSet()));
    }
}
