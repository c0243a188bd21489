package be.passerelle.core.referral;

import static be.passerelle.core.testing.ReferralFixtures.aReferralRequest;

import be.passerelle.core.directory.KnownSectors;
import be.passerelle.core.directory.Sector;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.InMemoryReferralTimeline;
import be.passerelle.core.testing.InMemoryReferrals;
import be.passerelle.core.testing.InMemoryTenants;
import be.passerelle.core.testing.PlainDigest;
import be.passerelle.core.testing.RecordingAuditTrail;
import be.passerelle.core.testing.RecordingOutbox;
import be.passerelle.core.testing.Staff;
import be.passerelle.core.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The referral use cases over in-memory ports, for fast tests of their rules: three institutions
 * (Walloon mediator, energy ombudsman, federal ombudsman) on Friday 20 November 2026.
 */
final class ReferralDesk {
    final InMemoryTenants tenants = new InMemoryTenants();
    final Tenant wal = tenants.add("mediateur-wallonie");
    final Tenant nrj = tenants.add("energy-ombudsman");
    final Tenant fed = tenants.add("federal-ombudsman");
    final InMemoryReferrals referrals = new InMemoryReferrals(tenants);
    final InMemoryReferralTimeline timeline = new InMemoryReferralTimeline(tenants);
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final RecordingOutbox outbox = new RecordingOutbox();
    final KnownSectors sectors = new KnownSectors(() ->
            List.of(new Sector("energy", new LocalizedText(Map.of(Language.FR, "Énergie", Language.NL, "Energie")))));
    final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
    final CreateReferral create;
    final ForwardReferral forward;
    final ChangeReferralState change;

    ReferralDesk() {
        this(new SplittableRandom(14));
    }

    ReferralDesk(RandomGenerator random) {
        DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
        IssueReferral issue = new IssueReferral(referrals, timeline, new PlainDigest(), audit, outbox, random);
        create = new CreateReferral(unitOfWork, tenants, referrals, issue, sectors, clock);
        forward = new ForwardReferral(unitOfWork, tenants, referrals, timeline, issue, audit, outbox, clock);
        change = new ChangeReferralState(unitOfWork, tenants, referrals, timeline, audit, outbox, clock);
    }

    /** A referral {@code from} sends {@code to}, with the citizen's data and consent. */
    Referral referred(Tenant from, Tenant to) {
        return create.create(
                        Staff.caseworkerOf(from), aReferralRequest(to.slug()).build())
                .referral();
    }
}
