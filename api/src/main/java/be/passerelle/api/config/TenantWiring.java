package be.passerelle.api.config;

import be.passerelle.api.security.SecurityProperties;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.seed.ImportNetworkSeed;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.ApiClients;
import be.passerelle.core.tenant.CreateTenant;
import be.passerelle.core.tenant.IdentifyCaller;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.ManageApiClients;
import be.passerelle.core.tenant.ManageStaff;
import be.passerelle.core.tenant.ManageTenants;
import be.passerelle.core.tenant.ReconcileTenants;
import be.passerelle.core.tenant.SyncApiClientScopes;
import be.passerelle.core.tenant.TenantOnboarding;
import be.passerelle.core.tenant.TenantStatusListener;
import be.passerelle.core.tenant.Tenants;
import be.passerelle.infra.keycloak.KeycloakIdentityProvisioning;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Tenants: onboarding, suspension, staff and API clients in Keycloak, the reconciler of imported
 * tenants and the import of the network seed.
 */
@Configuration(proxyBeanMethods = false)
class TenantWiring {

    @Bean
    IdentifyCaller identifyCaller(UnitOfWork unitOfWork, Tenants tenants, ApiClients apiClients) {
        return new IdentifyCaller(unitOfWork, tenants, apiClients);
    }

    @Bean
    IdentityProvisioning identityProvisioning(
            KeycloakAdminProperties keycloak, SecurityProperties security, Clock clock) {
        return new KeycloakIdentityProvisioning(keycloak.toSettings(security.issuer(), security.audience()), clock);
    }

    @Bean
    CreateTenant createTenant(
            UnitOfWork unitOfWork,
            Tenants tenants,
            IdentityProvisioning identity,
            TenantOnboarding onboarding,
            AuditTrail audit,
            Clock clock) {
        return new CreateTenant(unitOfWork, tenants, identity, onboarding, audit, clock);
    }

    /** Everything that follows a tenant's suspension or reactivation, in order. */
    @Bean
    @Primary
    TenantStatusListener tenantStatusListeners(List<TenantStatusListener> listeners) {
        return (context, tenant, status) -> listeners.forEach(l -> l.statusChanged(context, tenant, status));
    }

    @Bean
    ManageTenants manageTenants(
            UnitOfWork unitOfWork,
            Tenants tenants,
            TenantStatusListener statusListener,
            AuditTrail audit,
            Clock clock) {
        return new ManageTenants(unitOfWork, tenants, statusListener, audit, clock);
    }

    @Bean
    ManageStaff manageStaff(
            UnitOfWork unitOfWork, Tenants tenants, IdentityProvisioning identity, AuditTrail audit, Clock clock) {
        return new ManageStaff(unitOfWork, tenants, identity, audit, clock);
    }

    @Bean
    ManageApiClients manageApiClients(
            UnitOfWork unitOfWork,
            Tenants tenants,
            IdentityProvisioning identity,
            ApiClients apiClients,
            AuditTrail audit,
            Clock clock,
            @Value("${passerelle.api-clients.secret-grace-period:24h}") Duration secretGracePeriod) {
        return new ManageApiClients(unitOfWork, tenants, identity, apiClients, audit, clock, secretGracePeriod);
    }

    @Bean
    SyncApiClientScopes syncApiClientScopes(
            UnitOfWork unitOfWork, Tenants tenants, ApiClients apiClients, IdentityProvisioning identity) {
        return new SyncApiClientScopes(unitOfWork, tenants, apiClients, identity);
    }

    @Bean
    ReconcileTenants reconcileTenants(
            UnitOfWork unitOfWork, Tenants tenants, IdentityProvisioning identity, AuditTrail audit, Clock clock) {
        return new ReconcileTenants(unitOfWork, tenants, identity, audit, clock);
    }

    @Bean
    ImportNetworkSeed importNetworkSeed(UnitOfWork unitOfWork, Tenants tenants, AuditTrail auditTrail, Clock clock) {
        return new ImportNetworkSeed(unitOfWork, tenants, auditTrail, clock);
    }
}
