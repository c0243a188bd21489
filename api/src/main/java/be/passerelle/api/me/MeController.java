package be.passerelle.api.me;

import be.passerelle.core.shared.CallContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Caller")
class MeController {

    @GetMapping
    @Operation(
            operationId = "getMe",
            summary = "The caller: user id, user name, tenant and roles",
            description = "Any signed-in caller, staff or integration. tenant is null for a network "
                    + "administrator, who belongs to no institution; roles are the realm roles of the token.")
    MeResponse me(CallContext context) {
        return MeResponse.of(context.caller());
    }
}
