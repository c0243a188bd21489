package be.passerelle.core.notification;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.shared.VersionRequired;
import be.passerelle.core.tenant.Tenants;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant's notification settings (issue #19), by its own admins: the shared intake address that gets "received"
 * and escalations when every recipient opted out, and the escalation delay in working days. A new address is used
 * only once confirmed: setting it (or asking again) mails a link with a random token to it, synchronously; the
 * database keeps the token's digest only. When the mail cannot be sent nothing is written ({@code Unavailable}).
 */
public final class ManageNotificationSettings {
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    public static final int MAX_ADDRESS_LENGTH = 254;
    static final String DIGEST_CONTEXT = "notification-address-confirmation";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s\"<>,;]{1,64}@[^@\\s\"<>,;.]+(\\.[^@\\s\"<>,;.]+)+");

    private final UnitOfWork unitOfWork;
    private final Tenants tenants;
    private final TenantNotificationSettings settings;
    private final AddressConfirmationMailer mailer;
    private final SecretDigest digest;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** What the admin sends: the address (empty: none) and the delay. */
    public record Change(Optional<String> intakeAddress, Integer escalationWorkingDays) {}

    /** The institution whose address a link confirmed. */
    public record Confirmed(TenantSlug institution, String institutionName, String intakeAddress) {}

    public ManageNotificationSettings(
            UnitOfWork unitOfWork,
            Tenants tenants,
            TenantNotificationSettings settings,
            AddressConfirmationMailer mailer,
            SecretDigest digest,
            AuditTrail audit,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.tenants = tenants;
        this.settings = settings;
        this.mailer = mailer;
        this.digest = digest;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tenant's settings; its own admins only. */
    public StoredNotificationSettings get(CallContext context, TenantSlug slug) {
        Tenant tenant = adminOf(context, slug);
        return unitOfWork.inTenant(
                tenant.id(), () -> settings.find(tenant.id()).orElseGet(StoredNotificationSettings::defaults));
    }

    /**
     * Replaces the settings if they are still at {@code expected} (required: the version read; a version that never
     * exists, e.g. -1, is stale). A new address clears the previous confirmation and is mailed a confirmation link;
     * the same address keeps its state.
     */
    public StoredNotificationSettings update(
            CallContext context, TenantSlug slug, Optional<Integer> expected, Change change) {
        Tenant tenant = adminOf(context, slug);
        int expectedVersion = expected.orElseThrow(
                () -> new VersionRequired("If-Match with the ETag of the settings as read is required"));
        Optional<String> address = validate(change);
        int days = change.escalationWorkingDays();
        return unitOfWork.inTenant(tenant.id(), () -> {
            StoredNotificationSettings current =
                    settings.find(tenant.id()).orElseGet(StoredNotificationSettings::defaults);
            if (current.version() != expectedVersion) {
                throw new StaleVersion("the notification settings changed since they were read");
            }
            boolean newAddress = !address.equals(current.intakeAddress());
            StoredNotificationSettings next;
            if (!newAddress) {
                next = withDays(current, days);
            } else if (address.isEmpty()) {
                next = new StoredNotificationSettings(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), days, 0);
            } else {
                next = pending(tenant, address.get(), days);
            }
            write(tenant.id(), next, current.version());
            record(context, tenant, "notification.settings_changed");
            if (newAddress && address.isPresent()) {
                record(context, tenant, "notification.intake_address_confirmation_sent");
            }
            return settings.find(tenant.id()).orElseThrow();
        });
    }

    /** Mails a new confirmation link to the pending address (the previous link stops working). */
    public StoredNotificationSettings resendConfirmation(CallContext context, TenantSlug slug) {
        Tenant tenant = adminOf(context, slug);
        return unitOfWork.inTenant(tenant.id(), () -> {
            StoredNotificationSettings current =
                    settings.find(tenant.id()).orElseGet(StoredNotificationSettings::defaults);
            if (current.status() != IntakeAddressStatus.PENDING_CONFIRMATION) {
                throw new Conflict("there is no intake address waiting for its confirmation");
            }
            write(
                    tenant.id(),
                    pending(tenant, current.intakeAddress().orElseThrow(), current.escalationWorkingDays()),
                    current.version());
            record(context, tenant, "notification.intake_address_confirmation_sent");
            return settings.find(tenant.id()).orElseThrow();
        });
    }

    /**
     * Anonymous: the holder of a link confirms the address it was mailed to. An unknown, expired or used token
     * gets one and the same refusal.
     */
    public Confirmed confirm(String token, String requestId) {
        Instant now = clock.instant();
        byte[] tokenDigest = digest.digest(DIGEST_CONTEXT, token == null ? "" : token.strip());
        Optional<TenantSlug> owner = unitOfWork.inSystem(
                SystemOperation.NOTIFICATION_ADDRESS_CONFIRMATION,
                () -> settings.pendingConfirmation(tokenDigest, now));
        if (owner.isEmpty()) {
            throw refused();
        }
        Tenant tenant = unitOfWork
                .inShared(() -> tenants.findBySlug(owner.get()))
                .orElseThrow(ManageNotificationSettings::refused);
        return unitOfWork.inTenant(tenant.id(), () -> {
            if (!settings.confirm(tenant.id(), tokenDigest, now)) {
                throw refused();
            }
            audit.append(new AuditEntry(
                    Optional.of(tenant.id()),
                    Actor.system(SystemOperation.NOTIFICATION_ADDRESS_CONFIRMATION),
                    "notification.intake_address_confirmed",
                    "tenant",
                    tenant.slug().value(),
                    requestId,
                    now));
            Language language = firstLanguage(tenant);
            return new Confirmed(
                    tenant.slug(),
                    tenant.names().in(language, tenant.languages()),
                    settings.find(tenant.id())
                            .flatMap(StoredNotificationSettings::intakeAddress)
                            .orElseThrow());
        });
    }

    private static BusinessRuleViolation refused() {
        return new BusinessRuleViolation(
                "token", "this confirmation link is unknown, expired or already used: ask for a new one");
    }

    private StoredNotificationSettings pending(Tenant tenant, String address, int days) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Language language = firstLanguage(tenant);
        // sent before the transaction commits: when it fails, nothing is written
        StoredNotificationSettings next = new StoredNotificationSettings(
                Optional.of(address),
                Optional.empty(),
                Optional.of(digest.digest(DIGEST_CONTEXT, token)),
                Optional.of(clock.instant().plus(CONFIRMATION_VALIDITY)),
                days,
                0);
        mailer.send(
                new AddressConfirmationMail(address, language, tenant.names().in(language, tenant.languages()), token));
        return next;
    }

    private void write(TenantId tenant, StoredNotificationSettings next, int expectedVersion) {
        if (!settings.save(tenant, next, expectedVersion, clock.instant())) {
            throw new StaleVersion("the notification settings changed since they were read");
        }
    }

    private void record(CallContext context, Tenant tenant, String action) {
        audit.append(new AuditEntry(
                Optional.of(tenant.id()),
                Actor.of(context.caller()),
                action,
                "tenant",
                tenant.slug().value(),
                context.requestId(),
                clock.instant()));
    }

    private static StoredNotificationSettings withDays(StoredNotificationSettings s, int days) {
        return new StoredNotificationSettings(
                s.intakeAddress(), s.confirmedAt(), s.tokenDigest(), s.tokenExpiresAt(), days, s.version());
    }

    private static Language firstLanguage(Tenant tenant) {
        return tenant.languages().isEmpty() ? Language.FR : tenant.languages().get(0);
    }

    private static Optional<String> validate(Change change) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> address = change.intakeAddress().map(String::strip).filter(a -> !a.isEmpty());
        if (address.isPresent()
                && (address.get().length() > MAX_ADDRESS_LENGTH
                        || !ADDRESS.matcher(address.get()).matches())) {
            problems.add(new FieldProblem("intakeAddress", "is no e-mail address"));
        }
        Integer days = change.escalationWorkingDays();
        if (days == null || days < 1 || days > 20) {
            problems.add(new FieldProblem("escalationWorkingDays", "is from 1 to 20 working days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return address;
    }

    /** The tenant of the path, when the caller is one of its admins (403 otherwise, like the rest of /tenants). */
    private Tenant adminOf(CallContext context, TenantSlug slug) {
        Tenant tenant = unitOfWork.inShared(() -> tenants.findBySlug(slug)).orElseThrow(() -> new NotFound("tenant"));
        boolean admin = context.caller().has(Role.TENANT_ADMIN)
                && !context.caller().has(Role.INTEGRATION)
                && context.caller()
                        .tenant()
                        .map(t -> t.id().equals(tenant.id()))
                        .orElse(false);
        if (!admin) {
            throw new AccessDenied("the notification settings are for the institution's own admins");
        }
        return tenant;
    }
}
