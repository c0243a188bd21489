package be.passerelle.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of breaking change is found on small documents, and additions are not breaking. */
class BreakingChangesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A document with one component schema {@code Thing} and two operations on it. */
    private static final String RELEASED = """
            {"openapi": "3.1.0",
             "paths": {
               "/things": {
                 "get": {
                   "parameters": [
                     {"name": "box", "in": "query", "schema": {"type": "string"}},
                     {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
                   "responses": {
                     "200": {"description": "ok", "content": {"application/json":
                        {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}},
                     "404": {"description": "no"}}},
                 "post": {
                   "requestBody": {"required": true, "content": {"application/json":
                      {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
                   "responses": {"201": {"description": "made", "content": {"application/json":
                      {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
               "/things/{id}": {
                 "delete": {"responses": {"204": {"description": "gone"}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["id", "state"], "properties": {
                 "id": {"type": "string"},
                 "state": {"type": "string", "enum": ["NEW", "OLD"]},
                 "size": {"type": "integer"},
                 "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}}},
               "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
               "NewThing": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "maxLength": 100},
                 "colour": {"type": "string"},
                 "kind": {"type": "string", "enum": ["A", "B"]},
                 "tags": {"type": "array", "items": {"type": "string", "format": "uuid"}}}}}}}
            """;

    @Test
    void the_same_document_has_no_breaking_change() {
        assertThat(changes(RELEASED)).isEmpty();
    }

    @Test
    void a_removed_operation_is_breaking() {
        assertThat(changes(RELEASED.replace("\"delete\": {\"responses\"", "\"patch\": {\"responses\"")))
                .containsExactly("operation-removed DELETE /things/{id}");
    }

    @Test
    void a_removed_response_status_is_breaking() {
        assertThat(changes(RELEASED.replace("\"404\"", "\"410\"")))
                .containsExactly("response-status-removed GET /things response 404");
    }

    @Test
    void any_media_type_made_precise_is_not_breaking_another_media_type_removed_is() {
        String anyType = RELEASED.replace(
                "\"201\": {\"description\": \"made\", \"content\": {\"application/json\"",
                "\"201\": {\"description\": \"made\", \"content\": {\"*/*\"");
        assertThat(BreakingChanges.between(JSON.readTree(anyType), JSON.readTree(RELEASED)))
                .isEmpty();
        assertThat(changes(anyType))
                .containsExactly("response-media-type-removed POST /things response 201 application/json");
    }

    @Test
    void a_removed_response_property_is_breaking_wherever_the_schema_is_used() {
        assertThat(changes(RELEASED.replace("\"size\": {\"type\": \"integer\"},", "")))
                .containsExactly(
                        "response-property-removed GET /things response 200 application/json [].size",
                        "response-property-removed POST /things response 201 application/json size");
    }

    @Test
    void a_nested_response_property_removed_behind_a_nullable_reference_is_breaking() {
        assertThat(changes(
                        RELEASED.replace("\"properties\": {\"name\": {\"type\": \"string\"}}", "\"properties\": {}")))
                .contains("response-property-removed POST /things response 201 application/json owner.name");
    }

    @Test
    void a_response_property_no_longer_required_is_breaking() {
        assertThat(changes(RELEASED.replace("\"required\": [\"id\", \"state\"]", "\"required\": [\"id\"]")))
                .contains("response-property-optional POST /things response 201 application/json state");
    }

    @Test
    void a_changed_type_is_breaking() {
        assertThat(changes(RELEASED.replace("\"size\": {\"type\": \"integer\"}", "\"size\": {\"type\": \"string\"}")))
                .contains("type-changed POST /things response 201 application/json size");
        assertThat(changes(
                        RELEASED.replace("\"colour\": {\"type\": \"string\"}", "\"colour\": {\"type\": \"integer\"}")))
                .containsExactly("type-changed POST /things request application/json colour");
    }

    @Test
    void a_response_that_may_now_be_null_is_breaking_an_input_that_may_now_be_null_is_not() {
        assertThat(changes(RELEASED.replace(
                        "\"size\": {\"type\": \"integer\"}", "\"size\": {\"type\": [\"integer\", \"null\"]}")))
                .contains("type-changed POST /things response 201 application/json size");
        assertThat(changes(RELEASED.replace(
                        "\"colour\": {\"type\": \"string\"}", "\"colour\": {\"type\": [\"string\", \"null\"]}")))
                .isEmpty();
    }

    @Test
    void an_enum_value_removed_is_breaking_for_responses_and_inputs() {
        assertThat(changes(RELEASED.replace("[\"NEW\", \"OLD\"]", "[\"NEW\"]")))
                .contains("enum-value-removed POST /things response 201 application/json state");
        assertThat(changes(RELEASED.replace("[\"A\", \"B\"]", "[\"A\"]")))
                .containsExactly("enum-value-removed POST /things request application/json kind");
    }

    @Test
    void an_enum_introduced_on_an_input_is_breaking() {
        assertThat(changes(RELEASED.replace(
                        "\"colour\": {\"type\": \"string\"}",
                        "\"colour\": {\"type\": \"string\", \"enum\": [\"red\"]}")))
                .containsExactly("enum-introduced POST /things request application/json colour");
        assertThat(
                        changes(
                                RELEASED.replace(
                                        "{\"name\": \"box\", \"in\": \"query\", \"schema\": {\"type\": \"string\"}}",
                                        "{\"name\": \"box\", \"in\": \"query\", \"schema\": {\"type\": \"string\", \"enum\": [\"sent\"]}}")))
                .containsExactly("enum-introduced GET /things parameter query box");
    }

    @Test
    void an_enum_introduced_on_the_keys_of_an_input_map_is_breaking() {
        assertThat(changes(RELEASED.replace(
                        "\"colour\": {\"type\": \"string\"}",
                        "\"colour\": {\"type\": \"object\", \"propertyNames\": {\"enum\": [\"fr\", \"nl\"]}}")))
                .contains("enum-introduced POST /things request application/json colour{keys}");
    }

    @Test
    void a_pattern_or_format_added_or_changed_on_an_input_is_breaking() {
        assertThat(changes(RELEASED.replace(
                        "\"colour\": {\"type\": \"string\"}",
                        "\"colour\": {\"type\": \"string\", \"pattern\": \"^[a-z]+$\"}")))
                .containsExactly("pattern-tightened POST /things request application/json colour");
        assertThat(changes(RELEASED.replace("\"format\": \"uuid\"", "\"format\": \"email\"")))
                .containsExactly("format-tightened POST /things request application/json tags[]");
    }

    @Test
    void a_lowered_max_length_or_maximum_on_an_input_is_breaking() {
        assertThat(changes(RELEASED.replace("\"maxLength\": 100", "\"maxLength\": 50")))
                .containsExactly("max-length-lowered POST /things request application/json name");
        assertThat(changes(RELEASED.replace("\"maximum\": 100", "\"maximum\": 10")))
                .containsExactly("maximum-lowered GET /things parameter query limit");
    }

    @Test
    void a_new_required_input_is_breaking() {
        assertThat(changes(RELEASED.replace(
                        "{\"name\": \"box\", \"in\": \"query\", \"schema\"",
                        "{\"name\": \"box\", \"in\": \"query\", \"required\": true, \"schema\"")))
                .containsExactly("required-input-added GET /things parameter query box");
        assertThat(changes(RELEASED.replace(
                        "\"parameters\": [",
                        "\"parameters\": [{\"name\": \"year\", \"in\": \"query\", \"required\": true,"
                                + " \"schema\": {\"type\": \"integer\"}},")))
                .containsExactly("required-input-added GET /things parameter query year");
        assertThat(changes(RELEASED.replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"colour\"]")))
                .containsExactly("required-input-added POST /things request application/json colour");
        assertThat(changes(RELEASED.replace(
                        "\"delete\": {\"responses\"",
                        "\"delete\": {\"requestBody\": {\"required\": true, \"content\": {}}, \"responses\"")))
                .containsExactly("required-input-added DELETE /things/{id} request");
    }

    @Test
    void additions_are_not_breaking() {
        String added = RELEASED
                // a new operation
                .replace(
                        "\"delete\": {\"responses\"",
                        "\"get\": {\"responses\": {\"200\": {\"description\": \"one\"}}},\n\"delete\": {\"responses\"")
                // a new optional parameter and a looser bound
                .replace(
                        "\"parameters\": [",
                        "\"parameters\": [{\"name\": \"q\", \"in\": \"query\", \"schema\": {\"type\": \"string\"}},")
                .replace("\"maximum\": 100", "\"maximum\": 1000")
                // a new response status
                .replace("\"404\": {\"description\": \"no\"}", "\"404\": {\"description\": \"no\"}, \"429\": {}")
                // a new response property, a new enum value, an enum on a response
                .replace("\"size\": {\"type\": \"integer\"},", "\"size\": {\"type\": \"integer\"}, \"age\": {},")
                .replace("[\"NEW\", \"OLD\"]", "[\"NEW\", \"OLD\", \"ARCHIVED\"]")
                .replace(
                        "\"id\": {\"type\": \"string\"}",
                        "\"id\": {\"type\": \"string\", \"enum\": [\"a\"], \"pattern\": \"^a$\"}")
                // a new optional request property, a longer maximum length
                .replace("\"colour\": {\"type\": \"string\"},", "\"colour\": {\"type\": \"string\"}, \"note\": {},")
                .replace("\"maxLength\": 100", "\"maxLength\": 200");
        assertThat(JSON.readTree(added)).isNotEqualTo(JSON.readTree(RELEASED));
        assertThat(changes(added)).isEmpty();
    }

    @Test
    void a_change_is_reported_once_with_its_detail() {
        List<BreakingChanges.Change> found = BreakingChanges.between(
                JSON.readTree(RELEASED), JSON.readTree(RELEASED.replace("\"maxLength\": 100", "\"maxLength\": 50")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).detail()).isEqualTo("100 -> 50");
    }

    private static List<String> changes(String current) {
        JsonNode released = JSON.readTree(RELEASED);
        return BreakingChanges.between(released, JSON.readTree(current)).stream()
                .map(BreakingChanges.Change::id)
                .toList();
    }
}
