package be.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OpenApiConformanceTest {
    private static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "paths": {
                "/api/v1/things/{id}": {
                  "get": {
                    "responses": {
                      "200": {
                        "description": "the thing",
                        "headers": {
                          "ETag": {"$ref": "#/components/headers/ETag"},
                          "Replayed": {"$ref": "#/components/headers/Replayed"}
                        },
                        "content": {
                          "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                          "text/csv": {"schema": {"type": "string"}}
                        }
                      },
                      "304": {"description": "not modified"},
                      "404": {
                        "description": "not found",
                        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
                      }
                    }
                  }
                },
                "/api/v1/things/latest": {
                  "get": {"responses": {"204": {"description": "none yet"}}}
                },
                "/api/v1/things": {
                  "post": {"responses": {"201": {"description": "made"}}},
                  "get": {"responses": {"200": {
                    "description": "every thing",
                    "content": {"text/*": {"schema": {"type": "string"}}}}}}
                }
              },
              "components": {
                "headers": {
                  "ETag": {"required": true, "schema": {"type": "string"}},
                  "Replayed": {"required": false, "schema": {"type": "string"}}
                },
                "schemas": {
                  "Thing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                      "id": {"type": "string"},
                      "parent": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]}
                    }
                  },
                  "Problem": {
                    "type": "object",
                    "required": ["status"],
                    "properties": {"status": {"type": "integer"}}
                  }
                }
              }
            }
            """;
    private static final Map<String, List<String>> JSON_WITH_ETAG =
            Map.of("Content-Type", List.of("application/json"), "etag", List.of("\"1\""));

    private final OpenApiConformance conformance = new OpenApiConformance(
            JsonMapper.builder().build().readTree(DOCUMENT), Map.of("DELETE /api/v1/things", Set.of(410)));

    private List<String> departures(String path, int status, Map<String, List<String>> headers, String body) {
        return conformance.violations("GET", URI.create("http://localhost" + path), status, headers, body);
    }

    @Test
    void a_documented_answer_with_a_valid_body_conforms() {
        assertThat(departures(
                        "/api/v1/things/7",
                        200,
                        JSON_WITH_ETAG,
                        "{\"id\":\"7\",\"parent\":{\"id\":\"1\",\"parent\":null}}"))
                .isEmpty();
        assertThat(departures(
                        "/api/v1/things/7",
                        404,
                        Map.of("Content-Type", List.of("application/problem+json")),
                        "{\"status\":404}"))
                .isEmpty();
        assertThat(departures("/api/v1/things/7", 304, Map.of(), "")).isEmpty();
        assertThat(departures(
                        "/api/v1/things/7",
                        200,
                        Map.of("Content-Type", List.of("text/csv;charset=UTF-8"), "ETag", List.of("\"1\"")),
                        "id\n7\n"))
                .isEmpty();
    }

    @Test
    void an_invalid_body_departs() {
        assertThat(departures("/api/v1/things/7", 200, JSON_WITH_ETAG, "{\"parent\":{\"id\":7}}"))
                .anySatisfy(departure -> assertThat(departure).contains("required property 'id' not found"))
                .anySatisfy(departure -> assertThat(departure).contains("/parent/id: integer found, string expected"));
    }

    @Test
    void an_undocumented_status_departs() {
        assertThat(departures(
                        "/api/v1/things/7",
                        409,
                        Map.of("Content-Type", List.of("application/problem+json")),
                        "{\"status\":409}"))
                .containsExactly("status 409 is not documented for GET /api/v1/things/{id}");
    }

    @Test
    void an_undocumented_content_type_a_missing_header_or_a_body_where_none_is_documented_departs() {
        assertThat(departures(
                        "/api/v1/things/7",
                        200,
                        Map.of("Content-Type", List.of("application/xml"), "ETag", List.of("\"1\"")),
                        "<thing/>"))
                .singleElement()
                .asString()
                .contains("content type application/xml is not documented");
        assertThat(departures(
                        "/api/v1/things/7", 200, Map.of("Content-Type", List.of("application/json")), "{\"id\":\"7\"}"))
                .containsExactly("documented header ETag is missing");
        assertThat(departures("/api/v1/things/7", 304, Map.of(), "{\"id\":\"7\"}"))
                .containsExactly("a 304 answer carries a body");
    }

    @Test
    void a_header_documented_as_not_required_may_be_absent() {
        assertThat(departures("/api/v1/things/7", 200, JSON_WITH_ETAG, "{\"id\":\"7\"}"))
                .isEmpty();
        Map<String, List<String>> replayed = Map.of(
                "Content-Type", List.of("application/json"), "ETag", List.of("\"1\""), "Replayed", List.of("true"));
        assertThat(departures("/api/v1/things/7", 200, replayed, "{\"id\":\"7\"}"))
                .isEmpty();
    }

    @Test
    void literal_paths_win_over_templates_and_unknown_operations_depart_unless_answered_404_or_405() {
        assertThat(departures("/api/v1/things/latest", 204, Map.of(), "")).isEmpty();
        assertThat(conformance.violations("POST", URI.create("http://localhost/api/v1/things/7"), 201, Map.of(), ""))
                .containsExactly("no operation POST /api/v1/things/7 in the document");
        assertThat(conformance.violations("POST", URI.create("http://localhost/api/v1/things/7"), 405, Map.of(), ""))
                .isEmpty();
        assertThat(departures("/api/v1/nothing", 404, Map.of(), "")).isEmpty();
        assertThat(departures("/actuator/health", 200, Map.of(), "{}")).isEmpty();
    }

    @Test
    void check_fails_with_every_departure() {
        assertThatThrownBy(() ->
                        conformance.check("GET", URI.create("http://localhost/api/v1/things/7"), 500, Map.of(), ""))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/things/7 (500) departs from api/openapi.json")
                .hasMessageContaining("status 500 is not documented");
    }

    @Test
    void a_csv_answer_needs_text_csv_among_the_documented_content_types() {
        assertThat(departures("/api/v1/things", 200, Map.of("Content-Type", List.of("text/csv")), "id\n7\n"))
                .singleElement()
                .asString()
                .contains("a CSV answer, but text/csv is not among the documented content types");
        assertThat(departures("/api/v1/things", 200, Map.of("Content-Type", List.of("text/plain")), "7"))
                .isEmpty();
    }

    @Test
    void a_retired_operation_may_answer_only_its_listed_statuses_with_a_problem() {
        URI things = URI.create("http://localhost/api/v1/things");
        Map<String, List<String>> problem = Map.of("Content-Type", List.of("application/problem+json"));
        assertThat(conformance.violations("DELETE", things, 410, problem, "{\"status\":410}"))
                .isEmpty();
        assertThat(conformance.violations("DELETE", things, 410, problem, "{\"title\":\"gone\"}"))
                .singleElement()
                .asString()
                .contains("required property 'status' not found");
        assertThat(conformance.violations("DELETE", things, 200, Map.of(), ""))
                .containsExactly("no operation DELETE /api/v1/things in the document");
        assertThat(conformance.violations("PUT", things, 410, problem, "{\"status\":410}"))
                .containsExactly("no operation PUT /api/v1/things in the document");
    }
}
