package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AcknowledgementDeadlineTest {
    /** Created Monday 2 March 2026, 09:00 in Brussels; due in 3 working days. */
    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");

    private final AcknowledgementDeadline deadline = AcknowledgementDeadline.of(CREATED, 3, Optional.of(Community.FWB));

    @Test
    void due_at_the_end_of_the_third_working_day() {
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-05T22:59:59.999999Z"));
    }

    @Test
    void sent_referral_is_not_overdue_up_to_its_due_instant() {
        assertThat(deadline.isOverdue(ReferralState.SENT, CREATED)).isFalse();
        assertThat(deadline.isOverdue(ReferralState.SENT, deadline.dueAt())).isFalse();
    }

    @Test
    void sent_referral_is_overdue_from_local_midnight_after_its_due_day() {
        Instant midnight = deadline.dueAt().plus(1, ChronoUnit.MICROS);

        assertThat(midnight).isEqualTo(Instant.parse("2026-03-05T23:00:00Z"));
        assertThat(deadline.isOverdue(ReferralState.SENT, midnight)).isTrue();
        assertThat(deadline.isOverdue(ReferralState.SENT, midnight.plus(30, ChronoUnit.DAYS)))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ReferralState.class, names = "SENT", mode = EnumSource.Mode.EXCLUDE)
    void a_referral_past_sent_is_never_overdue(ReferralState state) {
        assertThat(deadline.isOverdue(state, deadline.dueAt().plus(30, ChronoUnit.DAYS)))
                .isFalse();
    }

    @Test
    void accepting_straight_from_sent_stops_the_clock() {
        ReferralProgress accepted = ReferralProgress.sent().accept(Party.RECEIVER, CREATED.plusSeconds(60));

        assertThat(deadline.isOverdue(accepted.state(), deadline.dueAt().plusSeconds(1)))
                .isFalse();
    }
}
