package be.passerelle.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Nullable references as OpenAPI 3.1 means them. springdoc writes a nullable property of a record
 * type as {@code {"type": "null", "$ref": …}}, which no value validates; this rewrites each one
 * to {@code {"anyOf": [{"$ref": …}, {"type": "null"}]}}, keeping its description.
 */
final class NullableReferences implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(NullableReferences::rewriteProperties);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void rewriteProperties(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.replaceAll((name, property) -> rewritten(property));
            properties.values().forEach(NullableReferences::rewriteProperties);
        }
        if (schema.getItems() != null) {
            schema.setItems(rewritten(schema.getItems()));
        }
    }

    @SuppressWarnings("rawtypes")
    static Schema rewritten(Schema<?> property) {
        if (property.get$ref() == null || !isNullable(property)) {
            return property;
        }
        Schema<?> reference = new JsonSchema().$ref(property.get$ref());
        Schema<?> none = new JsonSchema().types(Set.of("null"));
        return new JsonSchema().anyOf(List.of(reference, none)).description(property.getDescription());
    }

    private static boolean isNullable(Schema<?> property) {
        return Boolean.TRUE.equals(property.getNullable())
                || (property.getTypes() != null && property.getTypes().contains("null"))
                || "null".equals(property.getType());
    }
}
