package be.passerelle.api.notification;

import be.passerelle.core.notification.ManageNotificationPreferences;
import be.passerelle.core.notification.NotificationKind;
import be.passerelle.core.shared.CallContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me/notification-preferences}: how each kind of notification reaches the signed-in staff member. */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notifications")
class NotificationPreferencesController {
    private static final String RULES = " Every kind is listed, whichever the caller's roles: audience says whose staff"
            + " it goes to (RECEIVER and SENDER: the referral's assignee, else the institution's caseworkers;"
            + " RECEIVER_ADMINS: its tenant admins, only ESCALATED). alwaysReachesSomeone marks RECEIVED and"
            + " ESCALATED: when every recipient chose NEVER they still go to the institution's confirmed intake"
            + " address, else to its admins. For caseworkers and tenant admins of an institution only (403 for"
            + " integrations and the network admin).";

    private final ManageNotificationPreferences preferences;

    NotificationPreferencesController(ManageNotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * A partial change: the kinds named change, the others stay.
     *
     * @param preferences kind (e.g. RECEIVED) → delivery (IMMEDIATELY, DAILY_DIGEST or NEVER)
     */
    record PreferencesChange(
            @Schema(
                    description =
                            "kind → delivery, for the kinds that change (IMMEDIATELY, DAILY_DIGEST or" + " NEVER)",
                    example = "{\"MESSAGE_FROM_SENDER\": \"DAILY_DIGEST\", \"ACKNOWLEDGED\": \"NEVER\"}")
            Map<String, String> preferences) {}

    /**
     * One kind of notification and how it reaches the caller.
     *
     * @param kind the kind of event
     * @param delivery IMMEDIATELY (the default), DAILY_DIGEST (one mail at 08:00 Europe/Brussels on Belgian
     *     working days) or NEVER
     * @param audience whose staff it goes to: RECEIVER, SENDER or RECEIVER_ADMINS
     * @param alwaysReachesSomeone true when, if every recipient opted out, it still goes to the institution's
     *     confirmed intake address, else to its admins
     */
    record PreferenceResponse(String kind, String delivery, String audience, boolean alwaysReachesSomeone) {
        static PreferenceResponse of(ManageNotificationPreferences.Preference p) {
            NotificationKind kind = p.kind();
            return new PreferenceResponse(
                    kind.name(), p.delivery().name(), kind.audience().name(), kind.mustReachSomeone());
        }
    }

    /** @param preferences every kind, in a fixed order */
    record PreferencesResponse(List<PreferenceResponse> preferences) {
        static PreferencesResponse of(List<ManageNotificationPreferences.Preference> all) {
            return new PreferencesResponse(
                    all.stream().map(PreferenceResponse::of).toList());
        }
    }

    @GetMapping
    @Operation(
            operationId = "getNotificationPreferences",
            summary = "How each kind of notification reaches me (staff)",
            description = "Without a choice a kind is IMMEDIATELY." + RULES)
    PreferencesResponse get(CallContext context) {
        return PreferencesResponse.of(preferences.get(context));
    }

    @PutMapping
    @Operation(
            operationId = "setNotificationPreferences",
            summary = "Change how some kinds of notification reach me (staff)",
            description = "A partial map: only the kinds named change (IMMEDIATELY removes the choice). An unknown"
                    + " kind or delivery refuses the whole change with a 400 problem naming"
                    + " preferences.<kind>. Answers every kind as it now stands." + RULES)
    PreferencesResponse set(CallContext context, @RequestBody PreferencesChange change) {
        return PreferencesResponse.of(preferences.set(context, "preferences", change.preferences()));
    }
}
