package be.passerelle.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.VersionRequired;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.InMemoryTenants;
import be.passerelle.core.testing.PlainDigest;
import be.passerelle.core.testing.RecordingAuditTrail;
import be.passerelle.core.testing.Staff;
import be.passerelle.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManageNotificationSettingsTest {
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final Tenant own = tenants.add("ombuds-own");
    private final Tenant other = tenants.add("ombuds-other");
    private final InMemorySettings store = new InMemorySettings();
    private final Mailer mailer = new Mailer();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final ManageNotificationSettings settings = new ManageNotificationSettings(
            new DirectUnitOfWork(), tenants, store, mailer, new PlainDigest(), audit, clock);

    @Test
    void a_tenant_without_settings_has_no_address_and_two_working_days() {
        StoredNotificationSettings read = settings.get(adminOf(own), own.slug());

        assertThat(read.status()).isEqualTo(IntakeAddressStatus.NONE);
        assertThat(read.escalationWorkingDays()).isEqualTo(2);
        assertThat(read.version()).isZero();
    }

    @Test
    void a_new_address_is_pending_and_its_link_mailed_in_the_first_language() {
        StoredNotificationSettings saved = set("intake@own.example", 3, 0);

        assertThat(saved.status()).isEqualTo(IntakeAddressStatus.PENDING_CONFIRMATION);
        assertThat(saved.tokenExpiresAt()).contains(clock.instant().plus(Duration.ofDays(7)));
        assertThat(mailer.sent).singleElement().satisfies(mail -> {
            assertThat(mail.address()).isEqualTo("intake@own.example");
            assertThat(mail.institutionName()).isEqualTo("ombuds-own");
            assertThat(mail.language()).isEqualTo(own.languages().get(0));
        });
        assertThat(saved.tokenDigest()).isPresent();
    }

    @Test
    void when_the_mail_cannot_be_sent_nothing_is_written() {
        mailer.down = true;

        assertThatThrownBy(() -> set("intake@own.example", 3, 0)).isInstanceOf(Unavailable.class);

        assertThat(store.rows).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void the_link_confirms_once_and_only_before_it_expires() {
        set("intake@own.example", 2, 0);
        String token = mailer.sent.get(0).token();

        ManageNotificationSettings.Confirmed confirmed = settings.confirm(token, "r1");

        assertThat(confirmed.institution()).isEqualTo(own.slug());
        assertThat(confirmed.intakeAddress()).isEqualTo("intake@own.example");
        assertThat(settings.get(adminOf(own), own.slug()).status()).isEqualTo(IntakeAddressStatus.CONFIRMED);
        assertThatThrownBy(() -> settings.confirm(token, "r2")).isInstanceOf(BusinessRuleViolation.class);

        set("second@own.example", 2, settings.get(adminOf(own), own.slug()).version());
        String second = mailer.sent.get(1).token();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThatThrownBy(() -> settings.confirm(second, "r3"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage(refusalOf(() -> settings.confirm("unknown", "r4")));
    }

    @Test
    void the_same_address_keeps_its_confirmation_and_a_new_one_loses_it() {
        set("intake@own.example", 2, 0);
        settings.confirm(mailer.sent.get(0).token(), "r");

        StoredNotificationSettings same = set("intake@own.example", 9, current());
        assertThat(same.status()).isEqualTo(IntakeAddressStatus.CONFIRMED);
        assertThat(same.escalationWorkingDays()).isEqualTo(9);
        assertThat(mailer.sent).hasSize(1);

        StoredNotificationSettings changed = set("new@own.example", 9, current());
        assertThat(changed.status()).isEqualTo(IntakeAddressStatus.PENDING_CONFIRMATION);
        assertThat(changed.confirmedAt()).isEmpty();

        StoredNotificationSettings none = set(null, 9, current());
        assertThat(none.status()).isEqualTo(IntakeAddressStatus.NONE);
        assertThat(none.tokenDigest()).isEmpty();
    }

    @Test
    void resending_replaces_the_token_and_needs_a_pending_address() {
        assertThatThrownBy(() -> settings.resendConfirmation(adminOf(own), own.slug()))
                .isInstanceOf(Conflict.class);
        set("intake@own.example", 2, 0);

        settings.resendConfirmation(adminOf(own), own.slug());

        assertThat(mailer.sent).hasSize(2);
        assertThatThrownBy(() -> settings.confirm(mailer.sent.get(0).token(), "r"))
                .isInstanceOf(BusinessRuleViolation.class);
        settings.confirm(mailer.sent.get(1).token(), "r");
        assertThatThrownBy(() -> settings.resendConfirmation(adminOf(own), own.slug()))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void a_change_needs_the_current_version_and_valid_fields() {
        assertThatThrownBy(
                        () -> settings.update(adminOf(own), own.slug(), Optional.empty(), change("a@own.example", 2)))
                .isInstanceOf(VersionRequired.class);
        assertThatThrownBy(() -> set("a@own.example", 2, 7)).isInstanceOf(StaleVersion.class);
        for (Integer days : Arrays.asList(0, 21, null)) {
            assertThatThrownBy(() -> set(null, days, 0)).isInstanceOf(InvalidFields.class);
        }
        for (String address : List.of("nope", "a@b", "a b@c.be", "x".repeat(250) + "@b.be", "a@b.be,c@d.be")) {
            assertThatThrownBy(() -> set(address, 2, 0)).as(address).isInstanceOf(InvalidFields.class);
        }
        assertThat(mailer.sent).isEmpty();
        assertThat(store.rows).isEmpty();
    }

    @Test
    void only_the_tenants_own_admins_reach_its_settings() {
        List<CallContext> strangers = List.of(
                Staff.caseworkerOf(own),
                adminOf(other),
                Staff.networkAdmin(),
                new CallContext(
                        new Caller("client", "client", Set.of(Role.INTEGRATION, Role.TENANT_ADMIN), Optional.of(own)),
                        "r"));
        for (CallContext stranger : strangers) {
            assertThatThrownBy(() -> settings.get(stranger, own.slug())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> settings.update(stranger, own.slug(), Optional.of(0), change(null, 2)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> settings.resendConfirmation(stranger, own.slug()))
                    .isInstanceOf(AccessDenied.class);
        }
    }

    private int current() {
        return settings.get(adminOf(own), own.slug()).version();
    }

    private StoredNotificationSettings set(String address, Integer days, int version) {
        return settings.update(adminOf(own), own.slug(), Optional.of(version), change(address, days));
    }

    private static ManageNotificationSettings.Change change(String address, Integer days) {
        return new ManageNotificationSettings.Change(Optional.ofNullable(address), days);
    }

    private static CallContext adminOf(Tenant tenant) {
        return new CallContext(
                new Caller("admin-" + tenant.slug().value(), "admin", Set.of(Role.TENANT_ADMIN), Optional.of(tenant)),
                "request");
    }

    private static String refusalOf(Runnable refused) {
        try {
            refused.run();
        } catch (BusinessRuleViolation e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    /** Records the mails, or fails like an SMTP server that is down. */
    private static final class Mailer implements AddressConfirmationMailer {
        final List<AddressConfirmationMail> sent = new ArrayList<>();
        boolean down;

        @Override
        public void send(AddressConfirmationMail mail) {
            if (down) {
                throw new Unavailable("SMTP down");
            }
            sent.add(mail);
        }
    }

    /** The table in memory, with its version check and the confirmation's conditions. */
    private final class InMemorySettings implements TenantNotificationSettings {
        final Map<TenantId, StoredNotificationSettings> rows = new HashMap<>();

        @Override
        public Optional<StoredNotificationSettings> find(TenantId tenant) {
            return Optional.ofNullable(rows.get(tenant));
        }

        @Override
        public boolean save(TenantId tenant, StoredNotificationSettings s, int expectedVersion, Instant at) {
            int version = Optional.ofNullable(rows.get(tenant))
                    .map(StoredNotificationSettings::version)
                    .orElse(0);
            if (version != expectedVersion) {
                return false;
            }
            rows.put(
                    tenant,
                    new StoredNotificationSettings(
                            s.intakeAddress(),
                            s.confirmedAt(),
                            s.tokenDigest(),
                            s.tokenExpiresAt(),
                            s.escalationWorkingDays(),
                            version + 1));
            return true;
        }

        @Override
        public Optional<TenantSlug> pendingConfirmation(byte[] digest, Instant now) {
            return rows.entrySet().stream()
                    .filter(e -> pending(e.getValue(), digest, now))
                    .map(e -> tenants.slugOf(e.getKey()))
                    .findFirst();
        }

        @Override
        public boolean confirm(TenantId tenant, byte[] digest, Instant now) {
            StoredNotificationSettings s = rows.get(tenant);
            if (s == null || !pending(s, digest, now)) {
                return false;
            }
            rows.put(
                    tenant,
                    new StoredNotificationSettings(
                            s.intakeAddress(),
                            Optional.of(now),
                            Optional.empty(),
                            Optional.empty(),
                            s.escalationWorkingDays(),
                            s.version() + 1));
            return true;
        }

        private static boolean pending(StoredNotificationSettings s, byte[] digest, Instant now) {
            return s.confirmedAt().isEmpty()
                    && s.tokenDigest().map(d -> Arrays.equals(d, digest)).orElse(false)
                    && s.tokenExpiresAt().map(now::isBefore).orElse(false);
        }
    }
}
