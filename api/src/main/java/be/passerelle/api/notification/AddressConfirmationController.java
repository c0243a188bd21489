package be.passerelle.api.notification;

import be.passerelle.api.web.Problems;
import be.passerelle.api.web.RequestIds;
import be.passerelle.core.notification.ManageNotificationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/notification-address-confirmations}: following the link mailed to a new intake address. */
@RestController
@RequestMapping("/api/v1/notification-address-confirmations")
@Tag(name = "Notifications")
class AddressConfirmationController {
    private final ManageNotificationSettings settings;

    AddressConfirmationController(ManageNotificationSettings settings) {
        this.settings = settings;
    }

    /**
     * The token of the link, in the body so that it is in no URL the API sees. Its text form hides it.
     *
     * @param token the token of the confirmation link
     */
    record ConfirmationRequest(
            @Schema(description = "the token of the confirmation link")
            String token) {
        @Override
        public String toString() {
            return "ConfirmationRequest[token=(hidden)]";
        }
    }

    /**
     * @param institution the slug of the institution whose address is now confirmed
     * @param institutionName its name in its first language
     * @param intakeAddress the confirmed address
     */
    record ConfirmationResponse(String institution, String institutionName, String intakeAddress) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Confirmed: the institution now uses this address")
    @ApiResponse(
            responseCode = "422",
            description = "The token is unknown, expired or already used (one answer for all three)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests from this client; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(
            operationId = "createNotificationAddressConfirmation",
            summary = "Confirm an intake address with the token mailed to it (anonymous)",
            description = "The token of the link mailed to the address, in the body. Rate-limited per client address"
                    + " like every anonymous request. The address becomes CONFIRMED and the token stops working.")
    ResponseEntity<ConfirmationResponse> confirm(@RequestBody ConfirmationRequest request, HttpServletRequest http) {
        ManageNotificationSettings.Confirmed confirmed = settings.confirm(request.token(), RequestIds.of(http));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ConfirmationResponse(
                        confirmed.institution().value(), confirmed.institutionName(), confirmed.intakeAddress()));
    }
}
