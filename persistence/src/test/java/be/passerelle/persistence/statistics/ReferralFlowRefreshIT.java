package be.passerelle.persistence.statistics;

import static be.passerelle.core.testing.ReferralFixtures.aNewReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.statistics.DurationHistogram;
import be.passerelle.core.statistics.DurationMetric;
import be.passerelle.core.statistics.ReferralFlowCounts;
import be.passerelle.core.statistics.ReferralFlowRollups;
import be.passerelle.core.statistics.RefreshReferralFlows;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.persistence.TestPersistence;
import be.passerelle.persistence.referral.ReferralPersistenceConfiguration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The incremental refresher on the real database: new referrals, a state change, then nothing. */
class ReferralFlowRefreshIT {
    private static final PersonalDataCipher CIPHER =
            new AesGcmCipher(Keyring.parse("k1:" + Base64.getEncoder().encodeToString(new byte[32])));

    private final TestPersistence db = TestPersistence.shared();
    private final ReferralFlowRollups rollups = new JooqReferralFlowRollups(db.database);

    @Test
    void the_refresher_folds_new_referrals_and_state_changes_in_and_a_second_run_changes_nothing() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RefreshReferralFlows refresh =
                new RefreshReferralFlows(db.unitOfWork, rollups, Clock.fixed(now, ZoneOffset.UTC));
        refresh.reconcile();
        TenantId sender = db.newTenant("flows-sender");
        TenantId receiver = db.newTenant("flows-receiver");
        String senderSlug = slug(sender, "flows-sender");
        String receiverSlug = slug(receiver, "flows-receiver");
        String sector = "flows-" + UUID.randomUUID().toString().substring(0, 8);
        ZonedDateTime brussels = now.atZone(ZoneId.of("Europe/Brussels"));
        int year = brussels.getYear();
        int month = brussels.getMonthValue();

        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(insert(sender, receiver, sector, now));
        }
        assertThat(refresh.run()).as("six new referrals").isEqualTo(6);

        ReferralFlowCounts first = counts(year);
        assertThat(first.flows().get(receiverSlug)).containsExactly(Map.entry(senderSlug, 6L));
        assertThat(first.states().get(receiverSlug)).containsExactly(Map.entry(ReferralState.SENT, 6L));
        assertThat(first.bySector().get(month)).containsEntry(sector, 6L);
        assertThat(first.durations().get(receiverSlug)).isNull();

        for (UUID id : ids.subList(0, 2)) {
            accept(id, now.plus(1, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS));
        }
        assertThat(refresh.run()).as("two referrals moved").isEqualTo(2);

        ReferralFlowCounts second = counts(year);
        assertThat(second.flows().get(receiverSlug)).containsExactly(Map.entry(senderSlug, 6L));
        assertThat(second.states().get(receiverSlug))
                .containsOnly(Map.entry(ReferralState.SENT, 4L), Map.entry(ReferralState.ACCEPTED, 2L));
        assertThat(second.bySector().get(month)).containsEntry(sector, 6L);
        assertThat(second.durations().get(receiverSlug))
                .containsOnly(
                        Map.entry(DurationMetric.ACKNOWLEDGE, DurationHistogram.of(Map.of(1, 2L))),
                        Map.entry(DurationMetric.ACCEPT, DurationHistogram.of(Map.of(2, 2L))));

        assertThat(refresh.run()).as("nothing changed since").isZero();
        ReferralFlowCounts third = counts(year);
        assertThat(third.states().get(receiverSlug)).isEqualTo(second.states().get(receiverSlug));
        assertThat(third.flows().get(receiverSlug)).isEqualTo(second.flows().get(receiverSlug));
        assertThat(third.bySector().get(month)).isEqualTo(second.bySector().get(month));
        assertThat(db.unitOfWork.inShared(rollups::asOf)).contains(now);
        assertThat(refresh.reconcile()).as("a full comparison finds no drift").isZero();
    }

    @Test
    void the_application_role_reads_the_rollups_but_not_the_per_referral_facts() throws SQLException {
        assertThat(db.unitOfWork.inShared(() -> rollups.counts(2001)).flows()).isEmpty();
        try (Connection app = db.applicationPool.getConnection();
                PreparedStatement facts = app.prepareStatement("select count(*) from referral_flow_facts")) {
            assertThatThrownBy(facts::executeQuery).hasMessageContaining("permission denied");
        }
    }

    private ReferralFlowCounts counts(int year) {
        return db.unitOfWork.inShared(() -> rollups.counts(year));
    }

    private static String slug(TenantId tenant, String prefix) {
        return prefix + "-" + tenant.value().toString().substring(0, 8);
    }

    private UUID insert(TenantId sender, TenantId receiver, String sector, Instant now) {
        UUID id = UUID.randomUUID();
        var referrals = new ReferralPersistenceConfiguration().referrals(db.database, CIPHER);
        db.unitOfWork.inTenant(sender, () -> {
            referrals.insert(aNewReferral()
                    .id(id)
                    .from(sender)
                    .to(receiver)
                    .sector(sector)
                    .citizenRegion(Optional.of("BRU"))
                    .citizenLanguage(Optional.of(Language.NL))
                    .withoutPersonalData()
                    .at(now)
                    .build());
            return null;
        });
        return id;
    }

    /** A state change as the referral store makes it, written directly through the system role. */
    private void accept(UUID id, Instant acknowledged, Instant accepted) throws SQLException {
        try (Connection system = db.systemPool.getConnection();
                PreparedStatement update = system.prepareStatement(
                        "update referrals set state = 'ACCEPTED',"
                                + " acknowledged_at = ?, accepted_at = ?, updated_at = ?, version = version + 1 where id = ?")) {
            update.setTimestamp(1, Timestamp.from(acknowledged));
            update.setTimestamp(2, Timestamp.from(accepted));
            update.setTimestamp(3, Timestamp.from(Instant.now()));
            update.setObject(4, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
