package be.passerelle.api.directory;

import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.directory.ReadDirectory;
import be.passerelle.core.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/taxonomy}: sectors, areas and named bodies (public; labels per Accept-Language). */
@RestController
@RequestMapping("/api/v1/taxonomy")
@Tag(name = "Taxonomies")
class TaxonomyController {
    private final ReadDirectory readDirectory;

    TaxonomyController(ReadDirectory readDirectory) {
        this.readDirectory = readDirectory;
    }

    /**
     * @param code stable code
     * @param label the label in the reader's language
     * @param labels every label, by language
     */
    record SectorResponse(String code, String label, Map<String, String> labels) {}

    /**
     * @param code stable code (BE, BE-BRU, FWB, BE-VAN, MUN-…)
     * @param kind COUNTRY, REGION, COMMUNITY, PROVINCE or MUNICIPALITY
     * @param label the label in the reader's language
     * @param labels every label, by language
     * @param postalRanges the postal ranges it holds ("1000-1299"), if defined so
     * @param postalCodes the postal codes it uses, if defined so
     * @param composedOf the areas it is made of, if defined so
     * @param minus the areas left out of that composition
     */
    record AreaResponse(
            String code,
            String kind,
            String label,
            Map<String, String> labels,
            List<String> postalRanges,
            List<String> postalCodes,
            List<String> composedOf,
            List<String> minus) {}

    /**
     * @param code stable code
     * @param name the name in the reader's language
     * @param names every name, by language
     * @param adminLevel its administration level
     * @param sector its sector, if any
     * @param area the area it serves
     */
    record BodyResponse(
            String code,
            String name,
            Map<String, String> names,
            String adminLevel,
            @Schema(nullable = true) String sector,
            String area) {}

    @GetMapping("/sectors")
    @SecurityRequirements
    @Operation(
            operationId = "listSectors",
            summary = "The sectors (public)",
            description = "Each sector's code with its label in the Accept-Language language and its labels in "
                    + "every language. Referrals, competences and statistics use these codes.")
    ResponseEntity<List<SectorResponse>> sectors(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language reader = RequestLanguage.of(acceptLanguage);
        return localized(readDirectory.sectors().stream()
                .map(s -> new SectorResponse(
                        s.code(), s.labels().in(reader, List.of()), InstitutionResponse.texts(s.labels())))
                .toList());
    }

    @GetMapping("/areas")
    @SecurityRequirements
    @Operation(
            operationId = "listAreas",
            summary = "The areas: country, regions, communities, provinces, municipalities (public)",
            description = "Each area's code, kind and label in the Accept-Language language, its labels in every "
                    + "language, and what it is made of: the areas it is composed of, those it excludes and "
                    + "its postal codes.")
    ResponseEntity<List<AreaResponse>> areas(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language reader = RequestLanguage.of(acceptLanguage);
        return localized(readDirectory.areas().stream()
                .map(a -> new AreaResponse(
                        a.code().value(),
                        a.kind().name(),
                        a.labels().in(reader, List.of()),
                        InstitutionResponse.texts(a.labels()),
                        a.postalRanges().stream()
                                .map(r -> r.first() + "-" + r.last())
                                .toList(),
                        a.postalCodes().stream().map(PostalCode::toString).toList(),
                        a.composedOf().stream().map(AreaCode::value).toList(),
                        a.minus().stream().map(AreaCode::value).toList()))
                .toList());
    }

    @GetMapping("/bodies")
    @SecurityRequirements
    @Operation(
            operationId = "listBodies",
            summary = "The named administrations and companies the finder knows (public)",
            description = "The administrations and companies a competence or a finder query can name (e.g. "
                    + "STIB-MIVB), with their level, sector and area, named in the Accept-Language language.")
    ResponseEntity<List<BodyResponse>> bodies(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language reader = RequestLanguage.of(acceptLanguage);
        return localized(readDirectory.bodies().stream()
                .map(b -> new BodyResponse(
                        b.code(),
                        b.names().in(reader, List.of()),
                        InstitutionResponse.texts(b.names()),
                        b.adminLevel().name(),
                        b.sector().orElse(null),
                        b.area().value()))
                .toList());
    }

    private static <T> ResponseEntity<T> localized(T body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }
}
