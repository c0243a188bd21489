package be.passerelle.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.ReconcileTenants;
import be.passerelle.core.tenant.Tenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The production import step and the reconciler that gives imported tenants their organization. */
class TenantImportIT extends ApiIntegrationTest {

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    Tenants tenants;

    @Autowired
    ReconcileTenants reconcileTenants;

    @Test
    void the_import_is_idempotent_and_for_the_network_admin_only() {
        Response again = send("POST", "/api/v1/tenants/import", tokenOf("network-admin"), null, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(send("POST", "/api/v1/tenants/import", tokenOf("fed-admin"), null, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_provisioning_tenant_gets_its_organization_and_becomes_active() {
        TenantSlug slug =
                new TenantSlug("imported-" + UUID.randomUUID().toString().substring(0, 8));
        unitOfWork.inSystem(
                SystemOperation.SEED_IMPORT,
                () -> tenants.addIfAbsent(new Tenant(
                        new TenantId(UUID.randomUUID()),
                        slug,
                        TenantKind.LOCAL,
                        new LocalizedText(Map.of(Language.NL, "Ombudsdienst " + slug)),
                        List.of(Language.NL),
                        TenantStatus.PROVISIONING,
                        false,
                        10)));
        assertThat(keycloak().organizationAliases()).doesNotContain(slug.value());

        assertThat(reconcileTenants.run()).isGreaterThanOrEqualTo(1);

        assertThat(keycloak().organizationAliases()).contains(slug.value());
        assertThat(unitOfWork
                        .inShared(() -> tenants.findBySlug(slug))
                        .orElseThrow()
                        .status())
                .isEqualTo(TenantStatus.ACTIVE);
        assertThat(reconcileTenants.run()).isZero();
    }
}
