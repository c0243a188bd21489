package be.passerelle.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * The parameters that many operations share, documented once: cursor paging ({@code limit} and
 * {@code cursor}), the {@code If-Match} of a conditional change, the {@code If-None-Match} of a
 * revalidation, the reader's {@code Accept-Language}, an institution's {@code slug} and a report's
 * {@code year}. A controller declares only the
 * parameter ({@code @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit}, {@code
 * @RequestParam(required = false) String cursor}, {@code @RequestHeader(name = IF_MATCH, required =
 * false) String ifMatch}); its own {@code @Parameter(description = …)} wins where it says more.
 */
final class StandardParameters implements OperationCustomizer {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "query limit", "page size, 1 to 100",
            "query cursor", "the opaque cursor of a previous page's next link",
            "header If-Match", "the ETag last read",
            "header If-None-Match", "the ETag last read: 304 without a body while the representation is unchanged",
            "header Accept-Language",
                    "the reader's languages: labels and texts come in the first of fr, nl, de, en it names (fr by"
                            + " default)",
            "path slug", "the institution's slug, its tenant's identifier (e.g. energy-ombudsman)",
            "path year", "the report's year");

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getDescription() == null) {
                    parameter.setDescription(DESCRIPTIONS.get(parameter.getIn() + " " + parameter.getName()));
                }
            }
        }
        return operation;
    }
}
