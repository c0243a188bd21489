package be.passerelle.api.config;

import be.passerelle.core.seed.ImportNetworkSeed;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.infra.seed.NetworkSeedFile;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled network seed data at start-up ({@code passerelle.seed.import-on-start}, on in
 * the local stack). Idempotent: a second start creates nothing.
 */
@Component
@ConditionalOnProperty(name = "passerelle.seed.import-on-start", havingValue = "true")
class SeedOnStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SeedOnStart.class);

    private final ImportNetworkSeed importNetworkSeed;
    private final Set<TenantSlug> acceptingReferrals;

    SeedOnStart(
            ImportNetworkSeed importNetworkSeed,
            @Value("${passerelle.seed.accepting-referrals:}") List<String> acceptingReferrals) {
        this.importNetworkSeed = importNetworkSeed;
        this.acceptingReferrals = acceptingReferrals.stream()
                .filter(s -> !s.isBlank())
                .map(TenantSlug::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = importNetworkSeed.run(
                NetworkSeedFile.bundled(), TenantStatus.ACTIVE, acceptingReferrals, "seed-on-start");
        log.info("network seed imported: {} new tenants", created);
    }
}
