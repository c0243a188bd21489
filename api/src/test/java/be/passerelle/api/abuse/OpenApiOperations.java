package be.passerelle.api.abuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The operations of the committed OpenAPI document ({@code api/openapi.json}), as the abuse suites
 * walk them.
 */
final class OpenApiOperations {
    static final Path COMMITTED = Path.of("openapi.json");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    static OpenApiOperations committed() {
        try {
            return new OpenApiOperations(JsonMapper.builder().build().readTree(Files.readString(COMMITTED)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation whose path names a resource (an id, a slug, a year or a code), as "METHOD /path". */
    static Set<String> takingAnId() {
        return committed().all().stream()
                .filter(operation -> operation.path().contains("{"))
                .map(Operation::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode spec = path.getValue().path(method);
                if (!spec.isMissingNode()) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), spec, this));
                }
            }
        }
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names (one level; callers resolve nested ones). */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return MissingNode.getInstance();
        }
        JsonNode ref = schema.path("$ref");
        if (ref.isString()) {
            String name = ref.asString().substring("#/components/schemas/".length());
            return resolve(document.path("components").path("schemas").path(name));
        }
        return schema;
    }

    /** One operation of the document. */
    record Operation(String method, String path, JsonNode spec, OpenApiOperations document) {

        /** Anonymous callers may call it ({@code security: []}). */
        boolean isPublic() {
            return spec.has("security") && spec.path("security").isEmpty();
        }

        List<JsonNode> parameters(String in) {
            return StreamSupport.stream(spec.path("parameters").spliterator(), false)
                    .filter(p -> p.path("in").asString().equals(in))
                    .toList();
        }

        /** The media type of the request body, or null when the operation takes none. */
        String bodyType() {
            var content = spec.path("requestBody").path("content").propertyNames();
            return content.isEmpty() ? null : content.iterator().next();
        }

        JsonNode bodySchema() {
            return document.resolve(
                    spec.path("requestBody").path("content").path(bodyType()).path("schema"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
