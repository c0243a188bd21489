package be.passerelle.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void the_period_is_whole_days_in_brussels_with_the_last_day_included() {
        AuditFilter winter = new AuditFilter("2026-01-10", "2026-01-12", null, null, null, null, null);
        assertThat(winter.fromInstant()).isEqualTo(OffsetDateTime.parse("2026-01-10T00:00+01:00"));
        assertThat(winter.toInstant()).isEqualTo(OffsetDateTime.parse("2026-01-13T00:00+01:00"));

        AuditFilter summer = new AuditFilter("2026-07-01", null, null, null, null, null, null);
        assertThat(summer.fromInstant()).isEqualTo(OffsetDateTime.parse("2026-07-01T00:00+02:00"));
        assertThat(summer.toInstant()).isNull();
    }

    @Test
    void blank_filters_are_no_filters() {
        AuditFilter blank = new AuditFilter(" ", "", "  ", null, "", null, " ");
        assertThat(blank.any()).isFalse();
        assertThat(blank.refused()).isEmpty();
        assertThat(new AuditFilter(null, null, " referral.created ", null, null, null, null).action())
                .isEqualTo("referral.created");
    }

    @Test
    void what_is_not_a_day_a_slug_or_short_enough_is_refused_on_its_field() {
        AuditFilter bad = new AuditFilter("yesterday", "2026-02-30", "x".repeat(101), null, null, null, "Not A Slug");

        assertThat(bad.refused())
                .containsEntry("from", "audit.error.date")
                .containsEntry("to", "audit.error.date")
                .containsEntry("action", "audit.error.tooLong")
                .containsEntry("tenant", "audit.error.tenant")
                .hasSize(4);
    }

    @Test
    void the_institutions_page_drops_a_tenant_filter() {
        AuditFilter filter = new AuditFilter(null, null, "a", null, null, null, "energy-ombudsman");
        assertThat(filter.withoutTenant().tenant()).isNull();
        assertThat(filter.withoutTenant().action()).isEqualTo("a");
    }
}
