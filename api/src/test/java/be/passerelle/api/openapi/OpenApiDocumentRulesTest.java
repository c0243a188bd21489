package be.passerelle.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.ReferralAttachments;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.webhook.WebhookEventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules of the committed document ({@code api/openapi.json}, which {@code OpenApiDocumentIT} keeps
 * equal to the running API's): every operation and parameter described, fixed value sets as enums
 * taken from the Java enums, anchored patterns, CSV as an alternative content type, the upload's
 * types and size.
 */
class OpenApiDocumentRulesTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = JsonMapper.builder().build().readTree(Files.readString(Path.of("openapi.json")));
    }

    @Test
    void every_operation_has_a_summary_and_a_description() {
        List<String> undescribed = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.path("summary").asString("").isBlank()
                    || operation.path("description").asString("").isBlank()) {
                undescribed.add(name);
            }
        });
        assertThat(undescribed).as("operations without summary or description").isEmpty();
    }

    @Test
    void every_parameter_has_a_description() {
        List<String> undescribed = new ArrayList<>();
        operations()
                .forEach((name, operation) -> operation.path("parameters").forEach(parameter -> {
                    if (parameter.path("description").asString("").isBlank()) {
                        undescribed.add(name + " " + parameter.path("in").asString() + " "
                                + parameter.path("name").asString());
                    }
                }));
        assertThat(undescribed).as("parameters without description").isEmpty();
    }

    @Test
    void every_pattern_is_anchored() {
        List<String> unanchored = new ArrayList<>();
        collectPatterns(document, "", unanchored);
        assertThat(unanchored).isEmpty();
    }

    @Test
    void the_fixed_value_sets_are_the_java_enums() {
        assertThat(values(schema("ReferralResponse").at("/properties/state/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(ReferralState.values()).map(Enum::name).toList());
        assertThat(values(schema("ReferralResponse").at("/properties/outcome/enum")))
                .contains("RESOLVED", "NOT_ADMISSIBLE", "null");
        assertThat(values(schema("CreateApiClientBody").at("/properties/scopes/items/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(ApiScope.values()).map(ApiScope::value).toList());
        assertThat(values(schema("WebhookRequest").at("/properties/events/items/enum")))
                .containsExactlyElementsOf(Arrays.stream(WebhookEventType.values())
                        .map(WebhookEventType::wireName)
                        .toList());
        assertThat(values(schema("InviteStaffBody").at("/properties/roles/items/enum")))
                .containsExactly("tenant-admin", "caseworker");
        assertThat(values(schema("CreateTenantBody").at("/properties/names/propertyNames/enum")))
                .containsExactly("fr", "nl", "de", "en");
        assertThat(values(schema("ReportRevision").at("/properties/status/enum")))
                .containsExactly("DRAFT", "PUBLISHED", "SUPERSEDED");
        assertThat(values(parameter("listReferrals", "box").at("/schema/enum"))).containsExactly("sent", "received");
        // an enum replaces the pattern that said the same
        assertThat(schema("CloseRequest").at("/properties/outcome").has("pattern"))
                .isFalse();
    }

    @Test
    void every_property_and_parameter_the_customizer_names_has_its_enum() {
        FixedValues.PROPERTIES.forEach((name, expected) -> {
            String schema = name.substring(0, name.indexOf('.'));
            String property =
                    name.substring(name.indexOf('.') + 1).replace("[]", "").replace("{}", "");
            JsonNode target = schema(schema).path("properties").path(property);
            if (name.endsWith("[]")) {
                target = target.path("items");
            } else if (name.endsWith("{}")) {
                target = target.path("propertyNames");
            }
            assertThat(values(target.path("enum"))).as(name).containsAll(expected);
        });
        FixedValues.PARAMETERS.forEach((name, expected) -> {
            String[] parts = name.split(" ");
            assertThat(values(parameter(parts[0], parts[2]).at("/schema/enum")))
                    .as(name)
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void csv_is_an_alternative_content_type_of_the_statistics_and_referral_flows() {
        for (String operationId : List.of("getNetworkStatistics", "getInstitutionStatistics", "getReferralFlows")) {
            JsonNode operation = operations().get(operationId);
            assertThat(operation.at("/responses/200/content").propertyNames())
                    .as(operationId)
                    .containsExactlyInAnyOrder("application/json", "text/csv");
            // content negotiation is Accept's job, not a parameter's (OpenAPI ignores an Accept parameter)
            operation
                    .path("parameters")
                    .forEach(parameter ->
                            assertThat(parameter.path("name").asString()).isNotEqualToIgnoringCase("Accept"));
        }
    }

    @Test
    void the_upload_states_its_media_types_and_size_limit() {
        JsonNode multipart = operations().get("uploadAttachment").at("/requestBody/content/multipart~1form-data");
        assertThat(multipart.at("/encoding/file/contentType").asString())
                .isEqualTo(Arrays.stream(AttachmentType.values())
                        .map(AttachmentType::mediaType)
                        .collect(Collectors.joining(", ")));
        JsonNode file = multipart.at("/schema/properties/file");
        assertThat(file.path("x-max-bytes").asInt()).isEqualTo(ReferralAttachments.MAX_BYTES);
        assertThat(file.path("description").asString()).contains(String.valueOf(ReferralAttachments.MAX_BYTES));
    }

    @Test
    void the_retired_status_check_in_the_url_is_no_operation() {
        assertThat(document.at("/paths/~1api~1v1~1public~1referral-status").propertyNames())
                .containsExactly("post");
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.put(method.getValue().path("operationId").asString(), method.getValue());
                    }
                }));
        return operations;
    }

    private static JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertThat(schema.isObject()).as("schema %s", name).isTrue();
        return schema;
    }

    private static JsonNode parameter(String operationId, String name) {
        for (JsonNode parameter : operations().get(operationId).path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " of " + operationId);
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? "null" : value.asString()));
        return values;
    }

    private static void collectPatterns(JsonNode node, String at, List<String> unanchored) {
        if (node.isObject()) {
            JsonNode pattern = node.path("pattern");
            if (pattern.isString()
                    && !(pattern.asString().startsWith("^")
                            && pattern.asString().endsWith("$"))) {
                unanchored.add(at + ": " + pattern.asString());
            }
            node.properties()
                    .forEach(child -> collectPatterns(child.getValue(), at + "/" + child.getKey(), unanchored));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPatterns(node.get(i), at + "/" + i, unanchored);
            }
        }
    }
}
