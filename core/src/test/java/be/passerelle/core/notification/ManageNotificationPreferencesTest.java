package be.passerelle.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.InMemoryTenants;
import be.passerelle.core.testing.RecordingAuditTrail;
import be.passerelle.core.testing.Staff;
import be.passerelle.core.testing.TestClock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManageNotificationPreferencesTest {
    private final Tenant tenant = new InMemoryTenants().add("ombuds-own");
    private final Map<String, Map<NotificationKind, NotificationDelivery>> rows = new HashMap<>();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final ManageNotificationPreferences preferences = new ManageNotificationPreferences(
            new DirectUnitOfWork(),
            new InMemoryPreferences(),
            audit,
            new TestClock(Instant.parse("2026-12-01T09:00:00Z")));

    @Test
    void every_kind_is_immediately_without_a_choice() {
        assertThat(preferences.get(Staff.caseworkerOf(tenant)))
                .hasSize(NotificationKind.values().length)
                .allSatisfy(p -> assertThat(p.delivery()).isEqualTo(NotificationDelivery.IMMEDIATELY));
    }

    @Test
    void a_partial_change_keeps_the_other_kinds_and_immediately_removes_the_row() {
        CallContext me = Staff.caseworkerOf(tenant);
        preferences.set(me, "preferences", Map.of("ACCEPTED", "NEVER", "CLOSED", "DAILY_DIGEST"));
        List<ManageNotificationPreferences.Preference> after =
                preferences.set(me, "preferences", Map.of("CLOSED", "IMMEDIATELY"));

        assertThat(after)
                .contains(
                        new ManageNotificationPreferences.Preference(
                                NotificationKind.ACCEPTED, NotificationDelivery.NEVER),
                        new ManageNotificationPreferences.Preference(
                                NotificationKind.CLOSED, NotificationDelivery.IMMEDIATELY));
        assertThat(rows.get(me.caller().userId())).containsOnlyKeys(NotificationKind.ACCEPTED);
        assertThat(audit.entries()).extracting(e -> e.action()).containsOnly("notification.preferences_changed");
    }

    @Test
    void unknown_kinds_and_deliveries_are_each_named_and_nothing_changes() {
        CallContext me = Staff.caseworkerOf(tenant);

        assertThatThrownBy(() -> preferences.set(
                        me, "preferences", Map.of("ACCEPTED", "NEVER", "TELEPATHY", "NEVER", "CLOSED", "never")))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("preferences.TELEPATHY", "preferences.CLOSED"));
        assertThatThrownBy(() -> preferences.set(me, "preferences", null)).isInstanceOf(InvalidFields.class);
        assertThat(rows).isEmpty();
    }

    @Test
    void integrations_and_the_network_admin_have_no_preferences() {
        CallContext integration =
                new CallContext(new Caller("svc", "svc", Set.of(Role.INTEGRATION), Optional.of(tenant)), "r");
        for (CallContext stranger : List.of(Staff.networkAdmin(), integration)) {
            assertThatThrownBy(() -> preferences.get(stranger)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> preferences.set(stranger, "preferences", Map.of()))
                    .isInstanceOf(AccessDenied.class);
        }
    }

    private final class InMemoryPreferences implements NotificationPreferences {
        @Override
        public Map<NotificationKind, NotificationDelivery> of(TenantId owner, String userId) {
            return new EnumMap<>(
                    rows.getOrDefault(userId, Map.of()).isEmpty()
                            ? new EnumMap<>(NotificationKind.class)
                            : rows.get(userId));
        }

        @Override
        public void set(
                TenantId owner, String userId, Map<NotificationKind, NotificationDelivery> choices, Instant at) {
            Map<NotificationKind, NotificationDelivery> mine =
                    rows.computeIfAbsent(userId, u -> new EnumMap<>(NotificationKind.class));
            choices.forEach((kind, delivery) -> {
                if (delivery == NotificationDelivery.IMMEDIATELY) {
                    mine.remove(kind);
                } else {
                    mine.put(kind, delivery);
                }
            });
        }
    }
}
