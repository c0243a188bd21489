package be.passerelle.api.audit;

import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.core.audit.AuditQuery;
import be.passerelle.core.audit.ListAuditEvents;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit-events}. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit")
class AuditController {
    private final ListAuditEvents listAuditEvents;

    AuditController(ListAuditEvents listAuditEvents) {
        this.listAuditEvents = listAuditEvents;
    }

    @GetMapping
    @Operation(
            operationId = "listAuditEvents",
            summary = "The audit trail, newest first, filtered by actor, action, target and time range",
            description = "A tenant admin reads its own tenant's trail; a network admin reads every tenant's, or"
                    + " one tenant's with ?tenant=<slug>. A tenant admin naming another tenant gets 404.")
    PageResponse<AuditEventResponse> list(
            CallContext context,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor,
            @Parameter(description = "only this tenant's events, by slug (network-admin; a tenant admin's own)")
                    @RequestParam(required = false)
                    @Size(max = 63)
                    String tenant,
            @Parameter(description = "the actor's id (user or service account id)")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String actor,
            @Parameter(description = "the action, e.g. referral.created")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String action,
            @Parameter(description = "the target's type, e.g. referral")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String targetType,
            @Parameter(description = "the target's id (with targetType)")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String targetId,
            @Parameter(description = "from this instant (inclusive, ISO-8601)") @RequestParam(required = false)
                    Instant from,
            @Parameter(description = "until this instant (exclusive, ISO-8601)") @RequestParam(required = false)
                    Instant to) {
        PageRequest page = new PageRequest(limit, Cursors.decode(cursor));
        AuditQuery query = new AuditQuery(
                Optional.ofNullable(actor),
                Optional.ofNullable(action),
                Optional.ofNullable(targetType),
                Optional.ofNullable(targetId),
                Optional.ofNullable(from),
                Optional.ofNullable(to));
        return PageLinks.of(
                listAuditEvents.list(context, Optional.ofNullable(tenant).map(TenantSlug::new), query, page),
                AuditEventResponse::of);
    }
}
