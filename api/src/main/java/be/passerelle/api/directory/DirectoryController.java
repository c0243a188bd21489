package be.passerelle.api.directory;

import be.passerelle.api.web.Callers;
import be.passerelle.api.web.Cursors;
import be.passerelle.api.web.PageLinks;
import be.passerelle.api.web.PageResponse;
import be.passerelle.api.web.Problems;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.DirectoryFilter;
import be.passerelle.core.directory.InstitutionEntry;
import be.passerelle.core.directory.InstitutionProfile;
import be.passerelle.core.directory.ReadDirectory;
import be.passerelle.core.directory.UpdateDirectoryEntry;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/directory/institutions}: the shared directory (SPEC §4.2). */
@RestController
@RequestMapping("/api/v1/directory/institutions")
@Tag(name = "Directory")
class DirectoryController {
    private final ReadDirectory readDirectory;
    private final UpdateDirectoryEntry updateDirectoryEntry;

    DirectoryController(ReadDirectory readDirectory, UpdateDirectoryEntry updateDirectoryEntry) {
        this.readDirectory = readDirectory;
        this.updateDirectoryEntry = updateDirectoryEntry;
    }

    @GetMapping
    @SecurityRequirements
    @Operation(
            operationId = "searchInstitutions",
            summary = "Search the directory (public)",
            description = "Filters combine. q matches every word as a prefix of the names and descriptions in the"
                    + " four languages, accent- and case-insensitive (close spellings too); results are then"
                    + " ranked by relevance, otherwise in the directory's order.")
    PageResponse<InstitutionResponse> search(
            @Parameter(description = "a sector code: institutions with a competence in that sector")
                    @RequestParam(required = false)
                    @Size(max = 63)
                    String sector,
            @Parameter(description = "a region or community code (BE-BRU, BE-VLG, BE-WAL, FWB, VG, DG)")
                    @RequestParam(required = false)
                    @Size(max = 63)
                    String region,
            @Parameter(description = "a language served: fr, nl, de or en")
                    @RequestParam(required = false)
                    @Size(max = 2)
                    String language,
            @Parameter(description = "words to look for in names and descriptions")
                    @RequestParam(required = false)
                    @Size(max = DirectoryFilter.MAX_TEXT)
                    String q,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        DirectoryFilter filter = new DirectoryFilter(
                Optional.ofNullable(sector),
                Optional.ofNullable(region).map(AreaCode::of),
                Optional.ofNullable(language)
                        .map(code -> Language.fromCode(code)
                                .orElseThrow(() -> new InvalidInput("language is one of fr, nl, de, en"))),
                Optional.ofNullable(q));
        Language reader = RequestLanguage.of(acceptLanguage);
        return PageLinks.of(
                readDirectory.search(filter, new PageRequest(limit, Cursors.decode(cursor))),
                entry -> InstitutionResponse.of(entry, reader));
    }

    @GetMapping("/{slug}")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The entry; ETag is its version")
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match holds the current ETag")
    @Operation(
            operationId = "getInstitution",
            summary = "One institution's directory entry (public)",
            description = "The ETag changes with every change of the entry or of its referral intake;"
                    + " If-None-Match with it gives 304.")
    ResponseEntity<InstitutionResponse> entry(
            @PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        InstitutionEntry entry = readDirectory.entry(new TenantSlug(slug));
        String tag = entry.version().tag();
        if (tag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
        }
        return ResponseEntity.ok()
                .eTag(tag)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(InstitutionResponse.of(entry, RequestLanguage.of(acceptLanguage)));
    }

    @PutMapping("/{slug}")
    @ApiResponse(responseCode = "200", description = "Replaced; ETag is the new version")
    @ApiResponse(
            responseCode = "412",
            description = "The entry changed since the ETag sent in If-Match was read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(
            operationId = "replaceInstitution",
            summary = "Replace the institution's directory entry (its own tenant-admin)",
            description = "If-Match with the ETag of the entry as read is required: 428 without it, 412 when the"
                    + " entry changed since. Competence codes must exist in the taxonomies. The referral intake is"
                    + " also the tenant's. Every version is kept (see history); emits directory.updated.")
    ResponseEntity<InstitutionResponse> replace(
            CallContext context,
            @PathVariable String slug,
            @Parameter(description = "the ETag of the entry as read; required (428 without it)", required = true)
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody DirectoryEntryRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        TenantSlug entrySlug = new TenantSlug(slug);
        InstitutionProfile profile = ProfileMapper.toProfile(request);
        InstitutionEntry entry = updateDirectoryEntry.update(context, entrySlug, EntryTags.expected(ifMatch), profile);
        return ResponseEntity.ok()
                .eTag(entry.version().tag())
                .body(InstitutionResponse.of(entry, RequestLanguage.of(acceptLanguage)));
    }

    @GetMapping("/{slug}/history")
    @SecurityRequirements
    @Operation(
            operationId = "listInstitutionHistory",
            summary = "Every version of the entry, newest first (public)",
            description = "The author is the institution for the public, the user for the institution's own"
                    + " admins and network administrators (send a token).")
    PageResponse<HistoryEntryResponse> history(
            @PathVariable String slug,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor,
            HttpServletRequest request) {
        TenantSlug institution = new TenantSlug(slug);
        ReadDirectory.History history = readDirectory.history(
                institution, Optional.ofNullable(Callers.of(request)), new PageRequest(limit, Cursors.decode(cursor)));
        return PageLinks.of(history.versions(), v -> HistoryEntryResponse.of(v, institution, history.showsUsers()));
    }
}
