package be.passerelle.core.notification;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A staff member's own notification choices (issue #19): for every {@link NotificationKind}, how it reaches them.
 * Only staff of an institution (caseworkers, tenant admins) have them; integrations and the network admin do not.
 * A change names only the kinds it changes.
 */
public final class ManageNotificationPreferences {
    private final UnitOfWork unitOfWork;
    private final NotificationPreferences preferences;
    private final AuditTrail audit;
    private final Clock clock;

    /** One kind and how it reaches the user. */
    public record Preference(NotificationKind kind, NotificationDelivery delivery) {}

    public ManageNotificationPreferences(
            UnitOfWork unitOfWork, NotificationPreferences preferences, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.preferences = preferences;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every kind, in the enum's order, with the user's choice or IMMEDIATELY. */
    public List<Preference> get(CallContext context) {
        Caller staff = staff(context);
        TenantId tenant = staff.tenantId();
        return all(unitOfWork.inTenant(tenant, () -> preferences.of(tenant, staff.userId())));
    }

    /**
     * Changes the kinds named in {@code changes} (kind name → delivery name); the others stay as they were. An
     * unknown kind or delivery refuses the whole change, naming each bad field as {@code <field>.<kind>}.
     */
    public List<Preference> set(CallContext context, String field, Map<String, String> changes) {
        Caller staff = staff(context);
        Map<NotificationKind, NotificationDelivery> parsed = parse(field, changes);
        TenantId tenant = staff.tenantId();
        return all(unitOfWork.inTenant(tenant, () -> {
            if (!parsed.isEmpty()) {
                preferences.set(tenant, staff.userId(), parsed, clock.instant());
                audit.append(new AuditEntry(
                        Optional.of(tenant),
                        Actor.of(staff),
                        "notification.preferences_changed",
                        "user",
                        staff.userId(),
                        context.requestId(),
                        clock.instant()));
            }
            return preferences.of(tenant, staff.userId());
        }));
    }

    /** Staff of an institution: a caseworker or a tenant admin, not an integration, with a tenant. */
    static Caller staff(CallContext context) {
        Caller caller = context.caller();
        boolean staff = caller.has(Role.CASEWORKER) || caller.has(Role.TENANT_ADMIN);
        if (!staff || caller.has(Role.INTEGRATION) || caller.tenant().isEmpty()) {
            throw new AccessDenied("notification preferences are for the staff of an institution");
        }
        return caller;
    }

    private static Map<NotificationKind, NotificationDelivery> parse(String field, Map<String, String> changes) {
        if (changes == null) {
            throw new InvalidFields(List.of(new FieldProblem(field, "is required")));
        }
        Map<NotificationKind, NotificationDelivery> parsed = new EnumMap<>(NotificationKind.class);
        List<FieldProblem> problems = new ArrayList<>();
        changes.forEach((kind, delivery) -> {
            Optional<NotificationKind> k = named(NotificationKind.class, kind);
            Optional<NotificationDelivery> d = named(NotificationDelivery.class, delivery);
            if (k.isEmpty()) {
                problems.add(new FieldProblem(
                        field + "." + kind, "is no notification kind: one of " + names(NotificationKind.values())));
            } else if (d.isEmpty()) {
                problems.add(new FieldProblem(field + "." + kind, "is one of " + names(NotificationDelivery.values())));
            } else {
                parsed.put(k.get(), d.get());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return parsed;
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    private static List<Preference> all(Map<NotificationKind, NotificationDelivery> chosen) {
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new Preference(kind, chosen.getOrDefault(kind, NotificationDelivery.IMMEDIATELY)))
                .toList();
    }
}
