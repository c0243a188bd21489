package be.passerelle.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The running OpenAPI document says what the API answers and what generated clients need: readable
 * unique operation ids, one described tag per operation, unique schema names, nullable references
 * that validate, and the success statuses the API tests see.
 */
class OpenApiContractIT extends ApiIntegrationTest {
    /** The verb-noun form of api/spectral.yaml's rule, so that the build and the linter agree. */
    private static final Pattern VERB_NOUN = verbNoun();

    /** The 2xx and 3xx statuses each operation answers, as the API tests see them. */
    private static final Map<String, Set<String>> SUCCESS = Map.ofEntries(
            entry("listAuditEvents", Set.of("200")),
            entry("searchInstitutions", Set.of("200")),
            entry("getInstitution", Set.of("200", "304")),
            entry("replaceInstitution", Set.of("200")),
            entry("listInstitutionHistory", Set.of("200")),
            entry("matchInstitutions", Set.of("200")),
            entry("getMe", Set.of("200")),
            entry("checkReferralStatus", Set.of("200")),
            entry("listReferrals", Set.of("200")),
            entry("createReferral", Set.of("201")),
            entry("getReferral", Set.of("200")),
            entry("acceptReferral", Set.of("200")),
            entry("acknowledgeReferral", Set.of("200")),
            entry("declineReferral", Set.of("200")),
            entry("forwardReferral", Set.of("200")),
            entry("closeReferral", Set.of("200")),
            entry("withdrawReferral", Set.of("200")),
            entry("eraseReferralPersonalData", Set.of("200")),
            entry("listReferralEvents", Set.of("200")),
            entry("setReferralAssignment", Set.of("200")),
            entry("removeReferralAssignment", Set.of("204")),
            entry("listAssignableStaff", Set.of("200")),
            entry("listAttachments", Set.of("200")),
            entry("uploadAttachment", Set.of("201")),
            entry("downloadAttachment", Set.of("200")),
            entry("listMessages", Set.of("200")),
            entry("postMessage", Set.of("201")),
            entry("getInstitutionStatistics", Set.of("200", "304")),
            entry("getNetworkStatistics", Set.of("200", "304")),
            entry("getReferralFlows", Set.of("200", "304")),
            entry("getAnnualReport", Set.of("200")),
            entry("listAnnualReports", Set.of("200")),
            entry("putAnnualReport", Set.of("200", "201")),
            entry("publishAnnualReport", Set.of("200")),
            entry("listAreas", Set.of("200")),
            entry("relabelArea", Set.of("204")),
            entry("listBodies", Set.of("200")),
            entry("listSectors", Set.of("200")),
            entry("putSector", Set.of("201", "204")),
            entry("listTenants", Set.of("200")),
            entry("createTenant", Set.of("201")),
            entry("importNetworkSeed", Set.of("200")),
            entry("getTenant", Set.of("200")),
            entry("updateTenant", Set.of("200")),
            entry("suspendTenant", Set.of("200")),
            entry("reactivateTenant", Set.of("200")),
            entry("listApiClients", Set.of("200")),
            entry("createApiClient", Set.of("201")),
            entry("revokeApiClient", Set.of("204")),
            entry("rotateApiClientSecret", Set.of("200")),
            entry("getTenantRateLimit", Set.of("200")),
            entry("setTenantRateLimit", Set.of("200")),
            entry("resetTenantRateLimit", Set.of("200")),
            entry("listStaff", Set.of("200")),
            entry("inviteStaff", Set.of("201")),
            entry("changeStaff", Set.of("200")),
            entry("removeStaff", Set.of("204")),
            entry("listWebhooks", Set.of("200")),
            entry("registerWebhook", Set.of("201")),
            entry("getWebhook", Set.of("200")),
            entry("deleteWebhook", Set.of("204")),
            entry("enableWebhook", Set.of("200")),
            entry("listWebhookDeliveries", Set.of("200")),
            entry("redeliverWebhookDelivery", Set.of("202")),
            entry("pingWebhook", Set.of("200")),
            entry("rotateWebhookSecret", Set.of("200")),
            entry("getNotificationPreferences", Set.of("200")),
            entry("setNotificationPreferences", Set.of("200")),
            entry("getNotificationSettings", Set.of("200")),
            entry("replaceNotificationSettings", Set.of("200")),
            entry("sendNotificationAddressConfirmation", Set.of("200")),
            entry("createNotificationAddressConfirmation", Set.of("200")),
            entry("getNetworkReferralHealth", Set.of("200")),
            entry("getTenantReferralHealth", Set.of("200")));

    private JsonNode document;

    @BeforeEach
    void readDocument() {
        document = get("/v3/api-docs", null).json();
    }

    @Test
    void every_operation_has_a_verb_noun_id_without_numeric_suffix_and_no_id_repeats() {
        List<String> ids = operations().stream()
                .map(operation -> operation.path("operationId").asString(""))
                .toList();
        assertThat(ids)
                .allSatisfy(id -> assertThat(id)
                        .as("operationId %s", id)
                        .matches(VERB_NOUN)
                        .doesNotContainPattern("_?\\d+$"));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void no_operation_id_collides_with_a_schema_name_in_a_generated_client() {
        Set<String> schemas = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        document.path("components").path("schemas").propertyNames().forEach(schemas::add);
        for (JsonNode operation : operations()) {
            String id = operation.path("operationId").asString();
            String type = Character.toUpperCase(id.charAt(0)) + id.substring(1);
            // typescript-fetch names an operation's parameters <OperationId>Request
            assertThat(schemas).as("schemas against operation %s", id).doesNotContain(type, type + "Request");
        }
    }

    @Test
    void every_operation_has_one_tag_and_every_tag_a_description() {
        Map<String, String> declared = new TreeMap<>();
        document.path("tags")
                .forEach(tag -> declared.put(
                        tag.path("name").asString(), tag.path("description").asString("")));
        assertThat(declared)
                .allSatisfy((name, description) ->
                        assertThat(description).as("tag %s", name).isNotBlank());
        Set<String> used = new HashSet<>();
        for (JsonNode operation : operations()) {
            assertThat(operation.path("tags").size())
                    .as("tags of %s", operation.path("operationId").asString())
                    .isEqualTo(1);
            used.add(operation.path("tags").get(0).asString());
        }
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void no_two_classes_of_the_api_map_to_one_schema_name() {
        Map<String, List<String>> classesBySchema = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("be.passerelle.api")
                        .stream()
                        .map(JavaClass::reflect)
                        .filter(Class::isRecord)
                        .collect(Collectors.groupingBy(
                                OpenApiContractIT::schemaName,
                                TreeMap::new,
                                Collectors.mapping(Class::getName, Collectors.toList())));
        Map<String, List<String>> shared = new TreeMap<>(classesBySchema);
        shared.values().removeIf(classes -> classes.size() < 2);
        assertThat(shared)
                .as("schema names shared by classes (one replaces the other)")
                .isEmpty();
        document.path("components").path("schemas").propertyNames().forEach(name -> {
            if (!name.startsWith("PageResponse")) {
                assertThat(classesBySchema)
                        .as("a record of the api is schema %s", name)
                        .containsKey(name);
            }
        });
    }

    @Test
    void nullable_references_are_any_of_the_reference_and_null() {
        List<String> broken = new ArrayList<>();
        collectReferencesWithSiblingType(document, "", broken);
        assertThat(broken).as("$ref with a type beside it: no value validates").isEmpty();
        JsonNode citizen = document.at("/components/schemas/ReferralResponse/properties/citizen/anyOf");
        assertThat(citizen.toString())
                .contains("\"$ref\":\"#/components/schemas/CitizenResponse\"")
                .contains("\"type\":\"null\"");
    }

    @Test
    void every_operation_documents_the_success_statuses_the_api_answers() {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (JsonNode operation : operations()) {
            Set<String> statuses = new TreeSet<>();
            operation.path("responses").propertyNames().forEach(status -> {
                if (status.startsWith("2") || status.startsWith("3")) {
                    statuses.add(status);
                }
            });
            documented.put(operation.path("operationId").asString(), statuses);
        }
        assertThat(documented).isEqualTo(new TreeMap<>(SUCCESS));
    }

    @Test
    void the_three_operations_that_had_no_success_response_document_their_bodies() {
        assertThat(successSchema("checkReferralStatus")).isEqualTo("#/components/schemas/StatusResponse");
        assertThat(successSchema("getAnnualReport")).isEqualTo("#/components/schemas/ReportResponse");
        assertThat(successSchema("publishAnnualReport")).isEqualTo("#/components/schemas/ReportResponse");
        assertThat(document.path("components").path("schemas").has("StatusResponse"))
                .isTrue();
    }

    @Test
    void the_directory_put_requires_if_match_and_documents_412_and_428() {
        JsonNode replace = operation("replaceInstitution");
        assertThat(replace.path("responses").has("412")).isTrue();
        assertThat(replace.path("responses").has("428")).isTrue();
        JsonNode ifMatch = null;
        for (JsonNode parameter : replace.path("parameters")) {
            if (parameter.path("name").asString().equals("If-Match")) {
                ifMatch = parameter;
            }
        }
        assertThat(ifMatch).isNotNull();
        assertThat(ifMatch.path("required").asBoolean()).isTrue();
    }

    @Test
    void the_headers_the_document_names_are_in_the_responses() {
        Response created = submit(ReferralFixtures.aReferral());
        assertDocumentedHeaders("createReferral", created, "Location", "ETag", "RateLimit", "RateLimit-Policy");
        String referral = "/api/v1/referrals/" + created.json().path("id").asString();
        assertDocumentedHeaders("getReferral", get(referral, tokenOf(DemoTenant.WAL.agent())), "ETag");

        String entry = "/api/v1/directory/institutions/" + DemoTenant.NRJ.slug();
        Response read = get(entry, null);
        assertDocumentedHeaders("getInstitution", read, "ETag");
        Response notModified = send(request(entry, null)
                .header("If-None-Match", read.header("ETag"))
                .GET()
                .build());
        assertThat(notModified.status()).isEqualTo(304);
        assertDocumentedHeaders("getInstitution", notModified, "ETag");

        Response network = get("/api/v1/statistics/network?year=2025", null);
        assertDocumentedHeaders("getNetworkStatistics", network, "ETag");
        assertThat(document.at("/components/headers").propertyNames())
                .contains("ETag", "Location", "Retry-After", "RateLimit", "RateLimit-Policy");
        assertThat(operation("listReferrals").at("/responses/429/headers").has("Retry-After"))
                .isTrue();
    }

    /** The response carries every header its documented status names, and those include {@code expected}. */
    private void assertDocumentedHeaders(String operationId, Response response, String... expected) {
        JsonNode headers = operation(operationId)
                .path("responses")
                .path(String.valueOf(response.status()))
                .path("headers");
        List<String> documented = new ArrayList<>();
        headers.propertyNames().forEach(documented::add);
        assertThat(documented)
                .as("headers of %s %d", operationId, response.status())
                .contains(expected);
        documented.stream()
                .filter(name -> !isOptional(headers.path(name)))
                .forEach(name -> assertThat(response.header(name))
                        .as("%s of %s %d", name, operationId, response.status())
                        .isNotNull());
    }

    /** A header documented with {@code required: false} (as {@code Idempotent-Replayed}, only on a replay). */
    private boolean isOptional(JsonNode header) {
        JsonNode definition =
                header.has("$ref") ? document.at(header.get("$ref").asString().substring(1)) : header;
        return definition.path("required").isBoolean()
                && !definition.path("required").asBoolean();
    }

    private String successSchema(String operationId) {
        JsonNode ok = operation(operationId).path("responses").path("200").path("content");
        assertThat(ok.isObject()).as("200 of %s has a body", operationId).isTrue();
        return ok.iterator().next().path("schema").path("$ref").asString();
    }

    private JsonNode operation(String operationId) {
        return operations().stream()
                .filter(operation -> operation.path("operationId").asString("").equals(operationId))
                .findFirst()
                .orElseThrow();
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        document.path("paths")
                .forEach(path -> path.properties().forEach(method -> {
                    if (Set.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                        operations.add(method.getValue());
                    }
                }));
        return operations;
    }

    private static void collectReferencesWithSiblingType(JsonNode node, String at, List<String> broken) {
        if (node.isObject()) {
            if (node.has("$ref") && node.has("type")) {
                broken.add(at);
            }
            node.properties()
                    .forEach(child ->
                            collectReferencesWithSiblingType(child.getValue(), at + "/" + child.getKey(), broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectReferencesWithSiblingType(node.get(i), at + "/" + i, broken);
            }
        }
    }

    private static Pattern verbNoun() {
        try {
            Map<?, ?> ruleset = new Yaml().load(Files.readString(Path.of("spectral.yaml")));
            Map<?, ?> rule = (Map<?, ?>) ((Map<?, ?>) ruleset.get("rules")).get("operation-ids-are-verb-noun");
            Map<?, ?> then = (Map<?, ?>) rule.get("then");
            return Pattern.compile((String) ((Map<?, ?>) then.get("functionOptions")).get("match"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }
}
