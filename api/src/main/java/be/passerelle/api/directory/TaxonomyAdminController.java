package be.passerelle.api.directory;

import be.passerelle.api.tenant.LocalizedTexts;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.ManageTaxonomies;
import be.passerelle.core.directory.Sector;
import be.passerelle.core.shared.CallContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network admin keeps the taxonomies: sectors and the labels of areas (codes are stable). */
@RestController
@RequestMapping("/api/v1/taxonomy")
@Tag(name = "Taxonomies")
class TaxonomyAdminController {
    private final ManageTaxonomies manageTaxonomies;

    TaxonomyAdminController(ManageTaxonomies manageTaxonomies) {
        this.manageTaxonomies = manageTaxonomies;
    }

    /** @param labels labels by language code (fr, nl, de, en); fr or nl required */
    record Labels(@NotEmpty Map<@Pattern(regexp = "fr|nl|de|en") String, @NotBlank @Size(max = 200) String> labels) {}

    @PutMapping("/sectors/{code}")
    @ApiResponse(responseCode = "201", description = "A new sector was added")
    @ApiResponse(responseCode = "204", description = "The sector's labels were changed")
    @Operation(
            operationId = "putSector",
            summary = "Add a sector or change its labels (network-admin); 201 when new",
            description = "By a network administrator: adds the sector (201) or replaces the labels of an "
                    + "existing one (204). The labels are by language; the code is the sector's identifier "
                    + "in referrals, competences and statistics.")
    ResponseEntity<Void> putSector(
            CallContext context,
            @Parameter(description = "the sector's code: lower-case letters, digits and hyphens, e.g. energy")
                    @PathVariable
                    String code,
            @Valid @RequestBody Labels body) {
        boolean created = manageTaxonomies.putSector(context, new Sector(code, LocalizedTexts.of(body.labels())));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.NO_CONTENT)
                .build();
    }

    @PutMapping("/areas/{code}")
    @ApiResponse(responseCode = "204", description = "The area's labels were changed")
    @Operation(
            operationId = "relabelArea",
            summary = "Change an area's labels (network-admin)",
            description = "By a network administrator: replaces the labels of an existing area (404 for an "
                    + "unknown code). The areas themselves, their codes and their postal codes come from the "
                    + "network seed data.")
    ResponseEntity<Void> relabelArea(
            CallContext context,
            @Parameter(description = "the area's code, e.g. BE-WAL or a municipality's code") @PathVariable String code,
            @Valid @RequestBody Labels body) {
        manageTaxonomies.relabelArea(context, new AreaCode(code), LocalizedTexts.of(body.labels()));
        return ResponseEntity.noContent().build();
    }
}
