package be.passerelle.api.abuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of the committed OpenAPI document ({@code api/openapi.json}), as "METHOD /path". */
final class OpenApiOperations {
    private static final Path COMMITTED = Path.of("openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiOperations() {}

    /** Every operation whose path names a resource: an id, a slug, a year or a code in braces. */
    static Set<String> takingAnId() {
        JsonNode paths = read().path("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            if (!path.contains("{")) {
                continue;
            }
            for (String method : paths.path(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }

    private static JsonNode read() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(COMMITTED));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("api/openapi.json is committed and readable", e);
        }
    }
}
