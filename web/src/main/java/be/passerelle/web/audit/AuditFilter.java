package be.passerelle.web.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The audit page's filters as the GET form sends them (so that a filtered trail can be bookmarked): the
 * period as two days in Brussels time ({@code to} included), the action, the actor's id, the target (type and
 * id) and, on the network's page, the tenant's slug. Blank means no filter.
 */
record AuditFilter(
        String from, String to, String action, String actor, String targetType, String targetId, String tenant) {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    AuditFilter {
        from = clean(from);
        to = clean(to);
        action = clean(action);
        actor = clean(actor);
        targetType = clean(targetType);
        targetId = clean(targetId);
        tenant = clean(tenant);
    }

    /** Without the tenant filter (the institution's page: its own trail only). */
    AuditFilter withoutTenant() {
        return new AuditFilter(from, to, action, actor, targetType, targetId, null);
    }

    /**
     * The fields the page refuses before asking the API (a day that is not a date, a malformed slug, a value
     * longer than the API takes): id → message key.
     */
    Map<String, String> refused() {
        Map<String, String> refused = new LinkedHashMap<>();
        tooLong(refused, "action", action, 100);
        tooLong(refused, "actor", actor, 200);
        tooLong(refused, "targetType", targetType, 100);
        tooLong(refused, "targetId", targetId, 200);
        if (from != null && day(from) == null) {
            refused.put("from", "audit.error.date");
        }
        if (to != null && day(to) == null) {
            refused.put("to", "audit.error.date");
        }
        if (tenant != null && !SLUG.matcher(tenant).matches()) {
            refused.put("tenant", "audit.error.tenant");
        }
        return refused;
    }

    /** The start of the {@code from} day in Brussels. */
    OffsetDateTime fromInstant() {
        LocalDate day = from == null ? null : day(from);
        return day == null ? null : day.atStartOfDay(BRUSSELS).toOffsetDateTime();
    }

    /** The end of the {@code to} day in Brussels (the API's {@code to} is exclusive). */
    OffsetDateTime toInstant() {
        LocalDate day = to == null ? null : day(to);
        return day == null ? null : day.plusDays(1).atStartOfDay(BRUSSELS).toOffsetDateTime();
    }

    /** Whether any filter is set (the page then offers to clear them). */
    public boolean any() {
        return from != null
                || to != null
                || action != null
                || actor != null
                || targetType != null
                || targetId != null
                || tenant != null;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void tooLong(Map<String, String> refused, String field, String value, int max) {
        if (value != null && value.length() > max) {
            refused.put(field, "audit.error.tooLong");
        }
    }

    /** Blank is no filter. */
    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
