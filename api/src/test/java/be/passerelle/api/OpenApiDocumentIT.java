package be.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The committed OpenAPI document ({@code api/openapi.json}) is the running API's. After an API
 * change, regenerate it with {@code ./mvnw verify -Dopenapi.write=true} and review the diff.
 */
class OpenApiDocumentIT extends ApiIntegrationTest {
    private static final Path COMMITTED = Path.of("openapi.json");

    @Test
    void the_committed_document_matches_the_running_api() throws IOException {
        Response response = get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode running = response.json();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(
                    COMMITTED,
                    JSON.rebuild()
                                    .enable(SerializationFeature.INDENT_OUTPUT)
                                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                                    .build()
                                    .writeValueAsString(running)
                            + "\n");
        }
        assertThat(Files.exists(COMMITTED)).as("api/openapi.json is committed").isTrue();
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        assertThat(running)
                .as("the running API differs from api/openapi.json; run ./mvnw verify -Dopenapi.write=true")
                .isEqualTo(committed);
    }

    @Test
    void every_operation_documents_its_problem_responses_and_security() {
        JsonNode document = get("/v3/api-docs", null).json();
        assertThat(document.path("components").path("securitySchemes").has("keycloak"))
                .isTrue();
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
        document.path("paths")
                .forEach(path -> path.forEach(operation -> {
                    assertThat(operation.path("responses").has("401")).isTrue();
                    assertThat(operation.path("responses").has("500")).isTrue();
                }));
    }
}
