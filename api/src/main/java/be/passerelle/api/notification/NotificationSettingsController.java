package be.passerelle.api.notification;

import be.passerelle.api.web.ETags;
import be.passerelle.api.web.Problems;
import be.passerelle.core.notification.ManageNotificationSettings;
import be.passerelle.core.notification.StoredNotificationSettings;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tenants/{slug}/notification-settings}: the institution's intake address and escalation delay. */
@RestController
@RequestMapping("/api/v1/tenants/{slug}/notification-settings")
@Tag(name = "Notifications")
class NotificationSettingsController {
    private final ManageNotificationSettings settings;

    NotificationSettingsController(ManageNotificationSettings settings) {
        this.settings = settings;
    }

    /**
     * @param intakeAddress the shared address for RECEIVED and ESCALATED when every recipient opted out; null or
     *     empty: none
     * @param escalationWorkingDays working days after the due date before an unacknowledged referral is escalated to
     *     the admins (1 to 20)
     */
    record NotificationSettingsChange(
            @Schema(
                    nullable = true,
                    maxLength = ManageNotificationSettings.MAX_ADDRESS_LENGTH,
                    example = "intake@ombuds.be")
            String intakeAddress,

            @Schema(minimum = "1", maximum = "20", example = "2")
            Integer escalationWorkingDays) {}

    /**
     * @param intakeAddress the address the admin set, confirmed or not (only a CONFIRMED one is ever used)
     * @param intakeAddressStatus NONE, PENDING_CONFIRMATION (a link was mailed to it) or CONFIRMED
     * @param confirmationExpiresAt until when the last link mailed works, while PENDING_CONFIRMATION
     * @param escalationWorkingDays working days after the due date before escalation to the admins (default 2)
     */
    record NotificationSettingsResponse(
            @Schema(nullable = true) String intakeAddress,
            String intakeAddressStatus,
            @Schema(nullable = true) Instant confirmationExpiresAt,
            int escalationWorkingDays) {
        static NotificationSettingsResponse of(StoredNotificationSettings s) {
            return new NotificationSettingsResponse(
                    s.intakeAddress().orElse(null),
                    s.status().name(),
                    s.confirmedAt().isPresent() ? null : s.tokenExpiresAt().orElse(null),
                    s.escalationWorkingDays());
        }
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "The settings; ETag is their version")
    @Operation(
            operationId = "getNotificationSettings",
            summary = "The institution's notification settings (its own tenant-admin)",
            description = "The intake address and whether it is confirmed, and the escalation delay. Another"
                    + " institution's admin and caseworkers get 403.")
    ResponseEntity<NotificationSettingsResponse> get(CallContext context, @PathVariable String slug) {
        return answer(settings.get(context, new TenantSlug(slug)));
    }

    @PutMapping
    @ApiResponse(responseCode = "200", description = "Replaced; ETag is the new version")
    @ApiResponse(
            responseCode = "412",
            description = "The settings changed since the ETag sent in If-Match was read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "503",
            description = "The confirmation mail to a new address cannot be sent now: nothing was changed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(
            operationId = "replaceNotificationSettings",
            summary = "Replace the institution's notification settings (its own tenant-admin)",
            description = "If-Match with the ETag as read is required (428 without it, 412 when they changed since)."
                    + " A new intakeAddress is PENDING_CONFIRMATION: a link valid 7 days is mailed to it at once, in"
                    + " the institution's first language; it is used only once the link is followed. When that mail"
                    + " cannot be sent, 503 and nothing changes. The same address keeps its state; null removes it.")
    ResponseEntity<NotificationSettingsResponse> replace(
            CallContext context,
            @PathVariable String slug,
            @Parameter(description = "the ETag of the settings as read; required (428 without it)", required = true)
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody NotificationSettingsChange change) {
        return answer(settings.update(
                context,
                new TenantSlug(slug),
                ETags.named(ifMatch),
                new ManageNotificationSettings.Change(
                        Optional.ofNullable(change.intakeAddress()), change.escalationWorkingDays())));
    }

    @PostMapping("/confirmation-mail")
    @ApiResponse(
            responseCode = "200",
            description = "Mailed; the previous link no longer works. ETag is the new version")
    @ApiResponse(
            responseCode = "409",
            description = "No intake address is waiting for its confirmation",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "503",
            description = "The mail cannot be sent now: nothing was changed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(
            operationId = "sendNotificationAddressConfirmation",
            summary = "Mail a new confirmation link to the pending intake address (its own tenant-admin)",
            description = "For an address still PENDING_CONFIRMATION (e.g. its link expired or was lost).")
    ResponseEntity<NotificationSettingsResponse> resend(CallContext context, @PathVariable String slug) {
        return answer(settings.resendConfirmation(context, new TenantSlug(slug)));
    }

    private static ResponseEntity<NotificationSettingsResponse> answer(StoredNotificationSettings s) {
        return ResponseEntity.ok().eTag(ETags.of(s.version())).body(NotificationSettingsResponse.of(s));
    }
}
