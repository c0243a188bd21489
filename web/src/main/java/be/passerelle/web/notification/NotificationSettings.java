package be.passerelle.web.notification;

import be.passerelle.client.ApiException;
import be.passerelle.client.ApiResponse;
import be.passerelle.client.api.NotificationsApi;
import be.passerelle.client.model.ConfirmationRequest;
import be.passerelle.client.model.ConfirmationResponse;
import be.passerelle.client.model.NotificationSettingsChange;
import be.passerelle.client.model.NotificationSettingsResponse;
import be.passerelle.client.model.PreferenceResponse;
import be.passerelle.client.model.PreferencesChange;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The API's notification operations as the pages use them: the user's preferences, the institution's settings
 * (read with their ETag, replaced conditionally on it) and the anonymous confirmation of an intake address.
 */
@Component
class NotificationSettings {
    /** The settings' ETag as the API sends it; anything else is never sent back. */
    static final Pattern ETAG = Pattern.compile("(W/)?\"[0-9]{1,10}\"");

    private final PasserelleApi api;
    private final NotificationsApi notifications;

    NotificationSettings(PasserelleApi api) {
        this.api = api;
        this.notifications = new NotificationsApi(api.client());
    }

    List<PreferenceResponse> preferences() {
        try {
            return notifications.getNotificationPreferences(api.asCurrentUser()).getPreferences();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** Saves these choices (kind → delivery); a refusal comes back as {@link FormRefused}. */
    void choose(Map<String, String> choices) {
        try {
            notifications.setNotificationPreferences(new PreferencesChange().preferences(choices), api.asCurrentUser());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    Loaded settings(String slug) {
        try {
            ApiResponse<NotificationSettingsResponse> read =
                    notifications.getNotificationSettingsWithHttpInfo(slug, api.asCurrentUser());
            return new Loaded(read.getData(), etag(read.getHeaders()));
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /**
     * Replaces the settings if still at {@code version}.
     *
     * @throws ChangedMeanwhile on 412 or 428 (or a version that is none of the API's)
     * @throws MailUnavailable on 503: the confirmation mail could not be sent, nothing changed
     * @throws FormRefused on 400, 409, 422
     */
    void replace(String slug, String version, String intakeAddress, Integer escalationWorkingDays) {
        if (version == null || !ETAG.matcher(version).matches()) {
            throw new ChangedMeanwhile();
        }
        NotificationSettingsChange change = new NotificationSettingsChange()
                .intakeAddress(intakeAddress == null || intakeAddress.isBlank() ? null : intakeAddress.strip())
                .escalationWorkingDays(escalationWorkingDays);
        try {
            notifications.replaceNotificationSettings(slug, version, change, api.asCurrentUser());
        } catch (ApiException e) {
            throw refusal(e);
        }
    }

    void resend(String slug) {
        try {
            notifications.sendNotificationAddressConfirmation(slug, api.asCurrentUser());
        } catch (ApiException e) {
            throw refusal(e);
        }
    }

    /** The anonymous confirmation: no token of a user, the link's token in the body only. */
    Confirmation confirm(String token, Locale locale) {
        try {
            ConfirmationResponse confirmed = notifications.createNotificationAddressConfirmation(
                    new ConfirmationRequest().token(token), Map.of("Accept-Language", locale.toLanguageTag()));
            return new Confirmation(true, confirmed.getInstitutionName(), confirmed.getIntakeAddress(), false);
        } catch (ApiException e) {
            boolean refused = e.getCode() == 400 || e.getCode() == 422;
            return new Confirmation(false, null, null, !refused);
        }
    }

    private RuntimeException refusal(ApiException e) {
        return switch (e.getCode()) {
            case 412, 428 -> new ChangedMeanwhile();
            case 503 -> new MailUnavailable();
            default -> FormRefused.of(e, api.client().getObjectMapper());
        };
    }

    private static String etag(Map<String, List<String>> headers) {
        if (headers != null) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if ("etag".equalsIgnoreCase(header.getKey())
                        && header.getValue() != null
                        && !header.getValue().isEmpty()
                        && ETAG.matcher(header.getValue().get(0)).matches()) {
                    return header.getValue().get(0);
                }
            }
        }
        throw ApiProblem.of(new ApiException(502, "the notification settings came without an ETag"));
    }

    /** The settings as read, with the ETag that versions them. */
    record Loaded(NotificationSettingsResponse settings, String etag) {}

    /**
     * What the confirmation page shows.
     *
     * @param confirmed whether the address is now confirmed
     * @param unavailable whether the API could not answer (else an unknown, expired or used link)
     */
    record Confirmation(boolean confirmed, String institutionName, String intakeAddress, boolean unavailable) {}

    /** The settings changed since the form was loaded: nothing was saved. */
    static final class ChangedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile() {
            super("the notification settings changed meanwhile");
        }
    }

    /** The confirmation mail could not be sent: nothing was saved. */
    static final class MailUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailUnavailable() {
            super("the confirmation mail cannot be sent now");
        }
    }
}
