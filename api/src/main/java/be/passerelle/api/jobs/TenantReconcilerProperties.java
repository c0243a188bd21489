package be.passerelle.api.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.tenants.reconcile-every} ({@code PASSERELLE_TENANTS_RECONCILE_EVERY}): how often
 * imported tenants get their organization; {@code passerelle.tenants.reconciler.enabled=false} turns
 * the reconciler off (the API tests run it themselves).
 */
@ConfigurationProperties("passerelle.tenants")
public record TenantReconcilerProperties(
        @DefaultValue("30s") Duration reconcileEvery) {}
