package be.passerelle.api.config;

import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.statistics.ReadReferralFlows;
import be.passerelle.core.statistics.ReferralFlowRollups;
import be.passerelle.core.statistics.RefreshReferralFlows;
import be.passerelle.persistence.JobLock;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Referral flows: the rollups, the refresher job and the public read. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReferralFlowWiring {
    private static final Logger log = LoggerFactory.getLogger(ReferralFlowWiring.class);

    @Bean
    RefreshReferralFlows refreshReferralFlows(UnitOfWork unitOfWork, ReferralFlowRollups rollups, Clock clock) {
        return new RefreshReferralFlows(unitOfWork, rollups, clock);
    }

    @Bean
    ReadReferralFlows readReferralFlows(UnitOfWork unitOfWork, ReferralFlowRollups rollups, Clock clock) {
        return new ReadReferralFlows(unitOfWork, rollups, clock);
    }

    /** Every 15 seconds, one node at a time: the published figures are at most about a minute old. */
    @Bean
    ReferralFlowRefreshJob referralFlowRefreshJob(RefreshReferralFlows refresh, JobLock lock) {
        return new ReferralFlowRefreshJob(refresh, lock);
    }

    static final class ReferralFlowRefreshJob {
        private final RefreshReferralFlows refresh;
        private final JobLock lock;

        ReferralFlowRefreshJob(RefreshReferralFlows refresh, JobLock lock) {
            this.refresh = refresh;
            this.lock = lock;
        }

        @Scheduled(
                initialDelayString = "PT5S",
                fixedDelayString = "${passerelle.statistics.referral-flows.refresh-interval:PT15S}")
        void run() {
            lock.runExclusively("referral-flow-refresh", () -> {
                int moved = refresh.run();
                if (moved > 0) {
                    log.debug("referral flows: {} referrals folded into the rollups", moved);
                }
            });
        }

        /** Daily, a full comparison catches a change the watermark's overlap missed (normally none). */
        @Scheduled(cron = "0 30 3 * * *", zone = "Europe/Brussels")
        void reconcile() {
            lock.runExclusively("referral-flow-refresh", () -> {
                int drifted = refresh.reconcile();
                if (drifted > 0) {
                    log.warn("referral flows: {} referrals had escaped the incremental refresh", drifted);
                }
            });
        }
    }
}
