package be.passerelle.api.directory;

import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.FindCompetentInstitutions;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.directory.MatchQuery;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/directory/match}: the public competence finder (SPEC §4.2). */
@RestController
@RequestMapping("/api/v1/directory/match")
@Tag(name = "Directory")
class MatchController {
    private final FindCompetentInstitutions findCompetentInstitutions;

    MatchController(FindCompetentInstitutions findCompetentInstitutions) {
        this.findCompetentInstitutions = findCompetentInstitutions;
    }

    @PostMapping
    @SecurityRequirements
    @Operation(
            operationId = "matchInstitutions",
            summary = "Which institutions can help with a problem (public)",
            description = "Ranked candidates with a score, the reasons and the admissibility conditions, in the"
                    + " citizen's language (else Accept-Language, else French). A postal code outside the Belgian"
                    + " ranges is a 400. When nobody is competent, the answer says so and names the orientation"
                    + " point. The text field is never used, logged or stored.")
    MatchResponse match(
            @Valid @RequestBody MatchRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Optional<Language> citizen = Optional.ofNullable(request.language()).flatMap(Language::fromCode);
        MatchQuery query = MatchQuery.empty();
        query = with(query, "postalCode", request.postalCode(), MatchQuery::withPostalCode);
        query = with(query, "area", request.area(), MatchQuery::withArea);
        query = with(query, "sector", request.sector(), MatchQuery::withSector);
        query = with(query, "body", request.body(), MatchQuery::withBody);
        if (request.adminLevel() != null) {
            query = query.withAdminLevel(request.adminLevel());
        }
        if (citizen.isPresent()) {
            query = query.withLanguage(citizen.get());
        }
        Language language = citizen.orElseGet(() -> RequestLanguage.of(acceptLanguage));
        return MatchResponse.of(findCompetentInstitutions.match(query), language);
    }

    /** The query with one more criterion; a malformed value is a 400 naming its field. */
    private static MatchQuery with(
            MatchQuery query, String field, String value, BiFunction<MatchQuery, String, MatchQuery> criterion) {
        if (value == null) {
            return query;
        }
        try {
            return criterion.apply(query, value);
        } catch (InvalidInput e) {
            throw new InvalidFields(List.of(new FieldProblem(field, e.getMessage())));
        }
    }
}
