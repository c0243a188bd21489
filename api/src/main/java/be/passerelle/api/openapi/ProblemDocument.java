package be.passerelle.api.openapi;

import be.passerelle.api.web.Problems;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every error response (RFC 9457), for the OpenAPI document only.
 *
 * @param type URI reference of the kind of problem, e.g. {@code /problems/validation}
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence
 * @param instance the request path
 * @param requestId the {@code X-Request-Id} of the request, to quote to support
 * @param errors field-level errors (validation problems): each names the field's path in the
 *     request, e.g. {@code citizen.email} or {@code limit}, and what is wrong with it
 * @param currentState on an illegal transition ({@code /problems/illegal-transition}, 409): the
 *     referral's current state, so the client knows where it stands
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
record ProblemDocument(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
        String detail,
        String instance,
        String requestId,
        List<Problems.FieldError> errors,
        String currentState) {}
