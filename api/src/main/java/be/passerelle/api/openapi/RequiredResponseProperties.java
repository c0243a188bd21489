package be.passerelle.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Response properties that are always present are {@code required}: the API writes every member of
 * its response records (nulls included), so in a schema that only responses use, each property
 * that is not nullable is required. Schemas that requests use too, and schemas that already list
 * their required properties, are left as they are.
 */
final class RequiredResponseProperties implements OpenApiCustomizer {
    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        List<Operation> operations = openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .toList();
        Set<String> requests = reachable(schemas, operations.stream().flatMap(RequiredResponseProperties::inputs));
        Set<String> responses = reachable(
                schemas,
                operations.stream()
                        .flatMap(operation -> operation.getResponses().values().stream())
                        .flatMap(response -> schemasOf(response.getContent())));
        responses.removeAll(requests);
        for (String name : responses) {
            Schema<?> schema = schemas.get(name);
            if (schema == null
                    || schema.getProperties() == null
                    || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
                continue;
            }
            schema.getProperties().forEach((property, definition) -> {
                if (!isNullable(definition)) {
                    schema.addRequiredItem(property);
                }
            });
        }
    }

    /** The schemas of the operation's request body and parameters. */
    private static Stream<Schema<?>> inputs(Operation operation) {
        List<Schema<?>> inputs = new ArrayList<>();
        if (operation.getRequestBody() != null) {
            schemasOf(operation.getRequestBody().getContent()).forEach(inputs::add);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> inputs.add(parameter.getSchema()));
        }
        return inputs.stream();
    }

    private static Stream<Schema<?>> schemasOf(Content content) {
        return content == null ? Stream.empty() : content.values().stream().map(media -> (Schema<?>) media.getSchema());
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> reachable(Map<String, Schema> schemas, Stream<Schema<?>> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema<?>> pending = new ArrayDeque<>();
        roots.filter(Objects::nonNull).forEach(pending::add);
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            String ref = schema.get$ref();
            if (ref != null && ref.startsWith(PREFIX)) {
                String name = ref.substring(PREFIX.length());
                if (names.add(name) && schemas.get(name) != null) {
                    pending.add(schemas.get(name));
                }
            }
            for (Schema<?> child : children(schema)) {
                pending.add(child);
            }
        }
        return names;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Schema<?>> children(Schema<?> schema) {
        List<Schema<?>> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll((java.util.Collection) schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            children.add(values);
        }
        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())
                .filter(Objects::nonNull)
                .forEach(list -> children.addAll((java.util.Collection) list));
        return children;
    }

    private static boolean isNullable(Schema<?> property) {
        return Boolean.TRUE.equals(property.getNullable())
                || "null".equals(property.getType())
                || (property.getTypes() != null && property.getTypes().contains("null"))
                || (property.getAnyOf() != null
                        && property.getAnyOf().stream().anyMatch(RequiredResponseProperties::isNullable))
                || (property.getOneOf() != null
                        && property.getOneOf().stream().anyMatch(RequiredResponseProperties::isNullable));
    }
}
