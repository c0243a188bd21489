package be.passerelle.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed document ({@code api/openapi.json}, which {@code OpenApiDocumentIT} keeps equal to
 * the running API's) breaks no client of the last released one ({@code api/openapi-released.json}),
 * except by the changes listed with their reasons in {@code api/openapi-breaking-changes.yaml}. A
 * release copies openapi.json to openapi-released.json and empties that list.
 */
class OpenApiCompatibilityTest {
    private static final Path CURRENT = Path.of("openapi.json");
    private static final Path RELEASED = Path.of("openapi-released.json");
    private static final Path ACCEPTED = Path.of("openapi-breaking-changes.yaml");

    @Test
    void every_breaking_change_since_the_release_is_accepted_with_its_reason() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode released = json.readTree(Files.readString(RELEASED));
        JsonNode current = json.readTree(Files.readString(CURRENT));
        Map<String, String> accepted = accepted();

        List<BreakingChanges.Change> found = BreakingChanges.between(released, current);
        List<BreakingChanges.Change> unlisted = found.stream()
                .filter(change -> !accepted.containsKey(change.id()))
                .toList();
        assertThat(unlisted)
                .as("breaking changes against api/openapi-released.json; if intended, list them in"
                        + " api/openapi-breaking-changes.yaml with a reason:\n"
                        + unlisted.stream()
                                .map(change -> "  - change: \"" + change.id() + "\"\n    reason: \"" + change.detail()
                                        + ": …\"")
                                .collect(Collectors.joining("\n")))
                .isEmpty();

        Set<String> stale = new TreeSet<>(accepted.keySet());
        found.forEach(change -> stale.remove(change.id()));
        assertThat(stale)
                .as("accepted changes that the document no longer makes: remove them")
                .isEmpty();
        assertThat(accepted)
                .allSatisfy((change, reason) ->
                        assertThat(reason).as("reason of %s", change).isNotBlank());
    }

    /** The accepted changes by id, with their reasons. */
    private static Map<String, String> accepted() throws IOException {
        Map<String, String> accepted = new LinkedHashMap<>();
        Object root = new Yaml().load(Files.readString(ACCEPTED));
        if (root instanceof Map<?, ?> map && map.get("accepted") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<?, ?> fields = (Map<?, ?>) entry;
                String id = String.valueOf(fields.get("change"));
                assertThat(accepted.put(id, String.valueOf(fields.get("reason"))))
                        .as("listed twice: %s", id)
                        .isNull();
            }
        }
        return accepted;
    }
}
