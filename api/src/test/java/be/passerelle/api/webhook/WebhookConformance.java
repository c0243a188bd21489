package be.passerelle.api.webhook;

import be.passerelle.api.OpenApiConformance;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a webhook request against the committed document's top-level {@code webhooks}, as a
 * receiver generating its handler from the document would: the entry for the event's type (through
 * its {@code components.pathItems} reference), its required headers present, the body valid against
 * its schema (JSON Schema 2020-12, the document's components beside it).
 */
final class WebhookConformance {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    WebhookConformance(JsonNode document) {
        this.document = document;
    }

    static WebhookConformance committed() {
        try {
            return new WebhookConformance(JSON.readTree(Files.readString(OpenApiConformance.COMMITTED)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry of {@code webhooks} for the type, as written. */
    JsonNode entry(String type) {
        return document.path("webhooks").path(type);
    }

    /** The operation documented for a webhook, its path item reference followed. */
    JsonNode operation(String type) {
        JsonNode item = entry(type);
        String ref = item.path("$ref").asString("");
        if (ref.startsWith("#/")) {
            item = document.at(ref.substring(1));
        }
        return item.path("post");
    }

    List<String> documentedTypes() {
        return List.copyOf(document.path("webhooks").propertyNames());
    }

    JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** How the request departs from the document; empty when it conforms. */
    List<String> violations(Map<String, String> headers, String body) {
        JsonNode event = JSON.readTree(body);
        String type = event.path("type").asString("");
        JsonNode operation = operation(type);
        if (operation.isMissingNode()) {
            return List.of("no webhook " + type + " in the document");
        }
        List<String> violations = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            if (parameter.path("required").asBoolean() && headers.get(name) == null) {
                violations.add("header " + name + " is missing");
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        root.set("components", document.path("components"));
        root.putArray("allOf").add(operation.at("/requestBody/content/application~1json/schema"));
        Schema schema = registry.getSchema(root);
        for (Error error : schema.validate(event)) {
            violations.add("body " + error.getInstanceLocation() + ": " + error.getMessage());
        }
        return violations;
    }
}
