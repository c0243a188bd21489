package be.passerelle.api.tenant;

import be.passerelle.api.ratelimit.RateLimitProperties;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.tenant.ManageTenantRateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's request budget (SPEC §5): set by the network admin, read by the tenant's admin too. */
@RestController
@RequestMapping("/api/v1/tenants/{slug}/rate-limit")
@Tag(name = "Tenants")
class TenantRateLimitController {
    private final ManageTenantRateLimits limits;
    private final long windowSeconds;

    TenantRateLimitController(ManageTenantRateLimits limits, RateLimitProperties properties) {
        this.limits = limits;
        this.windowSeconds = properties.window().toSeconds();
    }

    /** @param requestsPerWindow requests per window that the tenant's staff and clients share */
    record RateLimitRequest(
            @NotNull @Min(1) @Max(ManageTenantRateLimits.MAX_REQUESTS)
            Long requestsPerWindow) {}

    /**
     * @param requestsPerWindow requests per window that the tenant's staff and clients share
     * @param windowSeconds the window's length
     * @param custom whether the network admin set it (else the configured default applies)
     */
    record RateLimitResponse(long requestsPerWindow, long windowSeconds, boolean custom) {}

    @GetMapping
    @Operation(
            operationId = "getTenantRateLimit",
            summary = "The tenant's request budget (network-admin, or that tenant's admin)",
            description = "The number of requests per window the tenant's callers may make together, and whether "
                    + "it is the tenant's own budget or the default. By a network administrator or the "
                    + "tenant's own admins.")
    RateLimitResponse rateLimit(CallContext context, @PathVariable String slug) {
        return view(limits.get(context, new TenantSlug(slug)));
    }

    @PutMapping
    @Operation(
            operationId = "setTenantRateLimit",
            summary = "Set the tenant's own request budget (network-admin)",
            description =
                    "By a network administrator: the tenant's callers get this budget instead of the " + "default.")
    RateLimitResponse setRateLimit(
            CallContext context, @PathVariable String slug, @Valid @RequestBody RateLimitRequest request) {
        return view(limits.set(context, new TenantSlug(slug), request.requestsPerWindow()));
    }

    @DeleteMapping
    @Operation(
            operationId = "resetTenantRateLimit",
            summary = "Give the tenant the default request budget again (network-admin)",
            description = "By a network administrator: the tenant's own budget is dropped and the default "
                    + "applies again.")
    RateLimitResponse resetRateLimit(CallContext context, @PathVariable String slug) {
        return view(limits.reset(context, new TenantSlug(slug)));
    }

    private RateLimitResponse view(ManageTenantRateLimits.Setting setting) {
        return new RateLimitResponse(setting.requestsPerWindow(), windowSeconds, setting.custom());
    }
}
