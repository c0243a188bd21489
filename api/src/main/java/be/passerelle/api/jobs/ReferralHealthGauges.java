package be.passerelle.api.jobs;

import be.passerelle.core.health.HealthFigures;
import be.passerelle.core.health.InstitutionHealth;
import be.passerelle.core.health.ReadReferralHealth;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The referral health figures as gauges, one series per receiving institution (tag {@code tenant}:
 * its slug, a bounded set): {@code passerelle_referrals_open}, {@code passerelle_referrals_overdue},
 * {@code passerelle_referrals_oldest_overdue_working_days}, {@code
 * passerelle_referral_escalations_30d}. A scrape reads the values of the last {@link #refresh()} (a
 * job), never the database.
 */
public final class ReferralHealthGauges {
    private final ReadReferralHealth health;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge oldestOverdue;
    private final MultiGauge escalations;

    ReferralHealthGauges(ReadReferralHealth health, MeterRegistry registry) {
        this.health = health;
        this.open = gauge(registry, "passerelle.referrals.open", "referrals SENT, ACKNOWLEDGED or ACCEPTED");
        this.overdue = gauge(registry, "passerelle.referrals.overdue", "referrals still SENT past their deadline");
        this.oldestOverdue = gauge(
                registry,
                "passerelle.referrals.oldest.overdue.working.days",
                "working days the oldest overdue referral is late");
        this.escalations =
                gauge(registry, "passerelle.referral.escalations.30d", "referrals escalated in the last 30 days");
    }

    /** Reads the figures once and publishes them. @return the number of institutions published */
    public int refresh() {
        List<InstitutionHealth> institutions = health.everyInstitution();
        publish(open, institutions, HealthFigures::open);
        publish(overdue, institutions, HealthFigures::overdue);
        publish(oldestOverdue, institutions, HealthFigures::oldestOverdueWorkingDays);
        publish(escalations, institutions, HealthFigures::escalationsLast30Days);
        return institutions.size();
    }

    private static void publish(
            MultiGauge gauge, List<InstitutionHealth> institutions, ToLongFunction<HealthFigures> figure) {
        gauge.register(
                institutions.stream()
                        .map(i -> MultiGauge.Row.of(
                                Tags.of("tenant", i.institution().slug().value()), figure.applyAsLong(i.figures())))
                        .toList(),
                true);
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }
}
