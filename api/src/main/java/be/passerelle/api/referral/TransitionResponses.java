package be.passerelle.api.referral;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The documented answers of a lifecycle transition. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "The referral after the transition; ETag is its new version")
@ApiResponse(
        responseCode = "403",
        description = "The other party's action (e.g. the sender accepting), or a role without referral rights",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(
        responseCode = "409",
        description = "Not legal from the current state (the problem names it), or a concurrent change won",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(
        responseCode = "412",
        description = "If-Match names a version that is no longer current",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(ref = "#/components/schemas/Problem")))
@interface TransitionResponses {}
