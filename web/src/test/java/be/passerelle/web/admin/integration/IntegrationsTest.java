package be.passerelle.web.admin.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IntegrationsTest {

    @Test
    void the_forms_offer_the_scopes_and_event_types_the_api_documents() {
        assertThat(Integrations.SCOPES)
                .containsExactly("referrals:read", "referrals:write", "messages:write", "attachments:read");
        assertThat(Integrations.EVENTS)
                .contains("referral.received", "referral.state_changed", "statistics.published")
                .doesNotContain("webhook.ping");
    }

    @Test
    void the_grace_period_is_said_in_whole_hours_from_the_apis_expiry() {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");
        Moments moments = new Moments(Locale.ENGLISH, Clock.fixed(now, ZoneOffset.UTC));

        assertThat(moments.hoursUntil(OffsetDateTime.parse("2026-12-06T07:59:58Z")))
                .isEqualTo(24);
        assertThat(moments.hoursUntil(OffsetDateTime.parse("2026-12-05T09:20:00Z")))
                .isEqualTo(1);
        assertThat(moments.hoursUntil(OffsetDateTime.parse("2026-12-05T07:00:00Z")))
                .isZero();
        assertThat(moments.format(OffsetDateTime.parse("2026-12-06T08:00:00Z")))
                .contains("2026")
                .contains("9:00");
    }
}
