package be.passerelle.api.config;

import be.passerelle.core.tenant.ReconcileTenants;
import be.passerelle.persistence.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the tenant reconciler in the background (imported tenants get their organization). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "passerelle.tenants.reconciler.enabled", havingValue = "true", matchIfMissing = true)
class TenantReconciler {
    private static final Logger log = LoggerFactory.getLogger(TenantReconciler.class);

    private final ReconcileTenants reconcileTenants;
    private final JobLock lock;

    TenantReconciler(ReconcileTenants reconcileTenants, JobLock lock) {
        this.reconcileTenants = reconcileTenants;
        this.lock = lock;
    }

    @Scheduled(
            initialDelayString = "${passerelle.tenants.reconcile-every:30s}",
            fixedDelayString = "${passerelle.tenants.reconcile-every:30s}")
    void reconcile() {
        lock.runExclusively("tenant-reconciler", () -> {
            try {
                int activated = reconcileTenants.run();
                if (activated > 0) {
                    log.info("tenant reconciler activated {} tenants", activated);
                }
            } catch (RuntimeException e) {
                log.warn("tenant reconciler failed: {}", e.getMessage());
            }
        });
    }
}
