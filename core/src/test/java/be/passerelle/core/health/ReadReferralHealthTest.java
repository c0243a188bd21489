package be.passerelle.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.referral.BelgianCalendar;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.InMemoryTenants;
import be.passerelle.core.testing.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadReferralHealthTest {
    /** Tuesday 10 March 2026, 10:00 in Brussels. */
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final FakeFigures figures = new FakeFigures();
    private final ReadReferralHealth health =
            new ReadReferralHealth(new DirectUnitOfWork(), tenants, figures, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_network_view_lists_receivers_and_the_oldest_overdue_in_working_days() {
        Tenant receiver = tenants.add("receiver");
        tenants.add("quiet");
        tenants.add("not-receiving", TenantStatus.ACTIVE, false);
        Instant dueThursday = BelgianCalendar.endOf(LocalDate.of(2026, 3, 5)); // Friday, Monday, Tuesday late
        figures.loads.put(receiver.id(), new ReferralHealthFigures.Load(7, 2, Optional.of(dueThursday), 1));

        List<InstitutionHealth> rows = health.network(Staff.networkAdmin());

        assertThat(rows).extracting(row -> row.institution().slug().value()).containsExactly("quiet", "receiver");
        assertThat(rows.get(1).figures()).isEqualTo(new HealthFigures(7, 2, 3, 1));
        assertThat(rows.get(0).figures()).isEqualTo(new HealthFigures(0, 0, 0, 0));
    }

    @Test
    void only_the_network_admin_reads_the_network_view() {
        Tenant receiver = tenants.add("receiver");
        assertThatThrownBy(() -> health.network(adminOf(receiver))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> health.network(Staff.caseworkerOf(receiver))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_institutions_view_has_its_assignees_then_always_an_unassigned_row() {
        Tenant receiver = tenants.add("receiver");
        figures.assignees = List.of(
                new ReferralHealthFigures.AssigneeLoad(
                        Optional.of("u2"),
                        Optional.of("Zoé"),
                        new ReferralHealthFigures.Load(1, 0, Optional.empty(), 0)),
                new ReferralHealthFigures.AssigneeLoad(
                        Optional.of("u1"),
                        Optional.of("Anne"),
                        new ReferralHealthFigures.Load(2, 1, Optional.empty(), 0)));

        TenantHealth view = health.ofTenant(adminOf(receiver), receiver.slug());

        assertThat(view.institution().institution()).isEqualTo(receiver);
        assertThat(view.assignees())
                .extracting(a -> a.assigneeName().orElse("-"))
                .containsExactly("Anne", "Zoé", "-");
        assertThat(view.assignees().get(2).assigneeId()).isEmpty();
    }

    @Test
    void another_institutions_admin_the_network_admin_and_staff_are_refused_and_an_unknown_slug_is_404() {
        Tenant receiver = tenants.add("receiver");
        Tenant other = tenants.add("other");
        assertThatThrownBy(() -> health.ofTenant(adminOf(other), receiver.slug()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> health.ofTenant(Staff.networkAdmin(), receiver.slug()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> health.ofTenant(Staff.caseworkerOf(receiver), receiver.slug()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> health.ofTenant(adminOf(receiver), new TenantSlug("nobody")))
                .isInstanceOf(NotFound.class);
    }

    private static CallContext adminOf(Tenant tenant) {
        return new CallContext(
                new Caller("admin-" + tenant.slug().value(), "admin", Set.of(Role.TENANT_ADMIN), Optional.of(tenant)),
                "r");
    }

    private static final class FakeFigures implements ReferralHealthFigures {
        final Map<TenantId, Load> loads = new HashMap<>();
        List<AssigneeLoad> assignees = List.of();

        @Override
        public Map<TenantId, Load> byReceiver(Optional<TenantId> receiver, Instant now, Instant escalationsSince) {
            assertThat(escalationsSince).isEqualTo(now.minus(ReadReferralHealth.ESCALATION_WINDOW));
            Map<TenantId, Load> selected = new HashMap<>(loads);
            receiver.ifPresent(only -> selected.keySet().retainAll(Set.of(only)));
            return selected;
        }

        @Override
        public List<AssigneeLoad> byAssignee(TenantId receiver, Instant now, Instant escalationsSince) {
            return assignees;
        }
    }
}
