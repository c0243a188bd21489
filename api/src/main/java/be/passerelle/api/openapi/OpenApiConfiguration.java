package be.passerelle.api.openapi;

import be.passerelle.api.web.Problems;
import be.passerelle.core.shared.CallContext;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: its security from configuration ({@link OAuthSecurity}), the problem
 * schema and the error responses every operation can give (with 413 and 415 where it takes a body,
 * 406 where it answers a representation); a 304 has no body.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid request (problem with errors[] per field)",
            "401", "Missing, expired or invalid bearer token",
            "403", "The caller may not do this",
            "404", "Not found (also what another tenant sees)",
            "429",
                    "Too many requests: retry after Retry-After seconds (RateLimit-Policy and RateLimit tell the budget)",
            "500", "Unexpected error (nothing revealed; see the request id)",
            "503", "A backing service is unavailable; retry after Retry-After seconds");

    /** The errors of every operation that takes a request body (the servlet container's and Spring's checks). */
    private static final Map<String, String> BODY_ERRORS = Map.of(
            "413", "The request body is too large",
            "415", "The request body is not of a documented content type (JSON bodies in UTF-8)");

    /** The error of every operation that answers a representation, when no documented type is acceptable. */
    private static final String NOT_ACCEPTABLE = "None of the documented content types is acceptable (Accept)";

    /** One tag per capability; every operation carries exactly one of them. */
    static final Map<String, String> TAGS = orderedTags(
            "Referrals",
                    "Referring a case to another institution: the boxes, the state changes, the thread, the"
                            + " attachments and the erasure of personal data",
            "Citizen", "The citizen's anonymous check of the case's current holder and state",
            "Directory",
                    "The shared directory of institutions: search, entries, their history and the competence"
                            + " finder",
            "Taxonomies", "The shared sectors, areas and named bodies the directory and the referrals use",
            "Statistics",
                    "Transparency statistics: network and institution figures, referral flows and the"
                            + " institutions' annual reports",
            "Tenants", "Network administration: tenants, their staff, API clients and request budgets",
            "Webhooks", "Signed event deliveries to an institution's systems",
            "Audit", "The audit trail of changes",
            "Notifications",
                    "How staff are told by mail: their own preferences, the institution's intake address and"
                            + " escalation delay, the address's confirmation",
            "Caller", "Who the bearer token is");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CallContext.class);
    }

    @Bean
    OpenAPI passerelleOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Passerelle API")
                        .version("v1")
                        .description("Referrals, shared directory and transparency statistics of the Belgian network"
                                + " of ombudsman and mediation services. Errors are RFC 9457 problems.")
                        .contact(new Contact().name("The operator of the Passerelle network")))
                .tags(TAGS.entrySet().stream()
                        .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                        .toList())
                .components(new Components());
    }

    /** Security schemes, per-operation scopes and servers, from configuration. */
    @Bean
    OpenApiCustomizer oauthSecurity(
            @Value("${passerelle.openapi.issuer:${passerelle.security.issuer}}") String issuer,
            @Value("${passerelle.public-base-url}") String publicBaseUrl) {
        return new OAuthSecurity(issuer, publicBaseUrl);
    }

    private static Map<String, String> orderedTags(String... namesAndDescriptions) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            tags.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return Collections.unmodifiableMap(tags);
    }

    @Bean
    OpenApiCustomizer webhooks() {
        return new Webhooks();
    }

    @Bean
    OpenApiCustomizer nullableReferences() {
        return new NullableReferences();
    }

    @Bean
    OpenApiCustomizer requiredResponseProperties() {
        return new RequiredResponseProperties();
    }

    @Bean
    OpenApiCustomizer fixedValues() {
        return new FixedValues();
    }

    @Bean
    OpenApiCustomizer attachmentUpload() {
        return new AttachmentUpload();
    }

    @Bean
    OperationCustomizer standardParameters() {
        return new StandardParameters();
    }

    /** The error responses every operation can give, then the headers of all responses. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Schema<?> problem = SpringDocAnnotationsUtils.extractSchema(
                    openApi.getComponents(), ProblemDocument.class, null, null, openApi.getSpecVersion());
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        ApiResponses responses = operation.getResponses();
                        // springdoc copies the method's return type into every response it documents
                        if (responses.containsKey("304")) {
                            responses.get("304").setContent(null);
                        }
                        Map<String, String> errors = new LinkedHashMap<>(ERRORS);
                        if (operation.getRequestBody() != null) {
                            errors.putAll(BODY_ERRORS);
                        }
                        if (hasRepresentation(responses)) {
                            errors.put("406", NOT_ACCEPTABLE);
                        }
                        errors.forEach((status, description) -> {
                            if (!responses.containsKey(status)) {
                                responses.addApiResponse(status, problemResponse(description, problem));
                            }
                        });
                    }));
            // after the error responses above, so that 429 and 503 get Retry-After
            new ResponseHeaders().customise(openApi);
        };
    }

    private static boolean hasRepresentation(ApiResponses responses) {
        return responses.entrySet().stream()
                .anyMatch(response -> response.getKey().startsWith("2")
                        && response.getValue().getContent() != null
                        && !response.getValue().getContent().isEmpty());
    }

    private static ApiResponse problemResponse(String description, Schema<?> problem) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(Problems.MEDIA_TYPE, new MediaType().schema(problem)));
    }
}
