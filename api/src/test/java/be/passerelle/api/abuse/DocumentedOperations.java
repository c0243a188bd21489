package be.passerelle.api.abuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the committed OpenAPI document ({@code api/openapi.json}). An operation whose
 * {@code security} is the empty list is anonymous; every other one falls under the document's
 * global bearer requirement.
 */
record DocumentedOperations(List<Operation> all) {
    private static final Path COMMITTED = Path.of("openapi.json");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** An operation with its path parameters filled in. */
    record Operation(String method, String template, String path) {
        boolean hasBody() {
            return !method.equals("GET") && !method.equals("DELETE");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static DocumentedOperations read(Map<String, String> pathValues) {
        JsonNode document;
        try {
            document = JsonMapper.builder().build().readTree(Files.readString(COMMITTED));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("api/openapi.json is not readable", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey()) || isAnonymous(operation.getValue())) {
                    continue;
                }
                operations.add(new Operation(
                        operation.getKey().toUpperCase(java.util.Locale.ROOT),
                        path.getKey(),
                        fill(path.getKey(), pathValues)));
            }
        }
        return new DocumentedOperations(List.copyOf(operations));
    }

    private static boolean isAnonymous(JsonNode operation) {
        JsonNode security = operation.path("security");
        return security.isArray() && security.isEmpty();
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("no value for a path parameter of " + template);
        }
        return path;
    }
}
