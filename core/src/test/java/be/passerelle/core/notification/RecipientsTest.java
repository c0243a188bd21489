package be.passerelle.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is told: assignee, else caseworkers (escalation: admins), their choices, and the fallbacks. */
class RecipientsTest {
    private static final Institution VLA = new Institution(
            new TenantId(UUID.randomUUID()), new TenantSlug("vla"), Map.of("nl", "Vlaamse"), List.of("nl", "fr"));
    private static final StaffContact AGENT = staff("agent", Role.CASEWORKER, Optional.of("de"));
    private static final StaffContact OTHER = staff("other", Role.CASEWORKER, Optional.empty());
    private static final StaffContact ADMIN = staff("admin", Role.TENANT_ADMIN, Optional.of("en-GB"));
    private static final StaffContact DISABLED =
            new StaffContact("off", Optional.of("off@x.test"), Set.of(Role.CASEWORKER), false, Optional.empty());
    private static final List<StaffContact> STAFF = List.of(AGENT, OTHER, ADMIN, DISABLED);

    private final Map<String, NotificationDelivery> choices = new HashMap<>();

    @Test
    void unassigned_goes_to_every_enabled_caseworker_in_their_language() {
        assertThat(recipients(NotificationKind.RECEIVED, Optional.empty(), Optional.empty()))
                .containsExactly(
                        new Recipients.Recipient("user:agent", "agent@x.test", "de", NotificationDelivery.IMMEDIATELY),
                        new Recipients.Recipient("user:other", "other@x.test", "nl", NotificationDelivery.IMMEDIATELY));
    }

    @Test
    void assigned_goes_to_the_assignee_only_and_escalation_to_the_admins() {
        assertThat(recipients(NotificationKind.WITHDRAWN, Optional.of("admin"), Optional.empty()))
                .extracting(Recipients.Recipient::key)
                .containsExactly("user:admin");
        assertThat(recipients(NotificationKind.ESCALATED, Optional.of("agent"), Optional.empty()))
                .extracting(Recipients.Recipient::key, Recipients.Recipient::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user:admin", "en"));
    }

    @Test
    void never_is_skipped_and_a_digest_is_kept_for_the_digest() {
        choices.put("agent", NotificationDelivery.NEVER);
        choices.put("other", NotificationDelivery.DAILY_DIGEST);
        assertThat(recipients(NotificationKind.MESSAGE_FROM_SENDER, Optional.empty(), Optional.empty()))
                .extracting(Recipients.Recipient::key, Recipients.Recipient::delivery)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user:other", NotificationDelivery.DAILY_DIGEST));
    }

    @Test
    void received_nobody_wants_goes_to_the_confirmed_intake_address_else_to_the_admins() {
        choices.put("agent", NotificationDelivery.NEVER);
        choices.put("other", NotificationDelivery.NEVER);
        assertThat(recipients(NotificationKind.RECEIVED, Optional.empty(), Optional.of("intake@x.test")))
                .containsExactly(new Recipients.Recipient(
                        "intake:" + VLA.id().value(), "intake@x.test", "nl", NotificationDelivery.IMMEDIATELY));
        assertThat(recipients(NotificationKind.RECEIVED, Optional.empty(), Optional.empty()))
                .extracting(Recipients.Recipient::key)
                .containsExactly("user:admin");
        assertThat(recipients(NotificationKind.WITHDRAWN, Optional.empty(), Optional.of("intake@x.test")))
                .isEmpty();
    }

    private List<Recipients.Recipient> recipients(
            NotificationKind kind, Optional<String> assignee, Optional<String> intake) {
        return Recipients.of(
                kind,
                VLA,
                STAFF,
                assignee,
                (user, k) -> choices.getOrDefault(user, NotificationDelivery.IMMEDIATELY),
                intake);
    }

    private static StaffContact staff(String id, Role role, Optional<String> locale) {
        return new StaffContact(id, Optional.of(id + "@x.test"), Set.of(role), true, locale);
    }
}
