package be.passerelle.core.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** What an integration client may do (SPEC §4.1); none given means all. */
public enum ApiScope {
    REFERRALS_READ("referrals:read"),
    REFERRALS_WRITE("referrals:write"),
    MESSAGES_WRITE("messages:write"),
    ATTACHMENTS_READ("attachments:read");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static ApiScope of(String value) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("unknown scope " + value));
    }

    /** The scopes asked for, or all of them when none were. */
    public static Set<ApiScope> orAll(Set<ApiScope> requested) {
        return requested == null || requested.isEmpty() ? EnumSet.allOf(ApiScope.class) : Set.copyOf(requested);
    }
}
