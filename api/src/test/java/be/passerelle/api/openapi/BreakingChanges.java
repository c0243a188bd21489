package be.passerelle.api.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/**
 * The changes from a released OpenAPI document to a newer one that can break an integrator's client:
 * a removed operation, response status, response media type or response property; a type changed;
 * an enum value removed (request or response) or an enum introduced on an input; a format or pattern
 * added or changed on an input; a bound of an input tightened (maxLength, minLength, maximum,
 * minimum, maxItems, minItems); a new required input (parameter, request body or body property, or
 * an optional one made required); a response property no longer required. Additions (a new
 * operation, a new optional input, a new response property, status or enum value) are not breaking.
 *
 * <p>Each change has a stable {@link Change#id()}, e.g. {@code enum-introduced POST
 * /api/v1/referrals/{id}/close request application/json outcome}, by which a list of accepted
 * changes names it.
 */
final class BreakingChanges {
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options");

    /** One breaking change: its kind, where it is, and what changed (not part of its id). */
    record Change(String kind, String where, String detail) {
        String id() {
            return kind + " " + where;
        }

        @Override
        public String toString() {
            return id() + " (" + detail + ")";
        }
    }

    private enum Direction {
        REQUEST,
        RESPONSE
    }

    private final JsonNode released;
    private final JsonNode current;
    private final List<Change> changes = new ArrayList<>();

    private BreakingChanges(JsonNode released, JsonNode current) {
        this.released = released;
        this.current = current;
    }

    /** The breaking changes from {@code released} to {@code current}, in document order. */
    static List<Change> between(JsonNode released, JsonNode current) {
        BreakingChanges comparison = new BreakingChanges(released, current);
        comparison.compareOperations();
        return List.copyOf(comparison.changes);
    }

    private void compareOperations() {
        for (Map.Entry<String, JsonNode> path : released.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode before = path.getValue().path(method);
                if (before.isMissingNode()) {
                    continue;
                }
                String operation = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode after = current.path("paths").path(path.getKey()).path(method);
                if (after.isMissingNode()) {
                    add("operation-removed", operation, "the operation is gone");
                    continue;
                }
                compareParameters(operation, before, after);
                compareRequestBody(operation, before.path("requestBody"), after.path("requestBody"));
                compareResponses(operation, before.path("responses"), after.path("responses"));
            }
        }
    }

    private void compareParameters(String operation, JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = parameters(released, before);
        Map<String, JsonNode> now = parameters(current, after);
        now.forEach((key, parameter) -> {
            JsonNode previous = old.get(key);
            String where = operation + " parameter " + key;
            boolean required = parameter.path("required").asBoolean(false);
            if (previous == null) {
                if (required) {
                    add("required-input-added", where, "a new required parameter");
                }
                return;
            }
            if (required && !previous.path("required").asBoolean(false)) {
                add("required-input-added", where, "the parameter became required");
            }
            compareSchemas(
                    where, previous.path("schema"), parameter.path("schema"), Direction.REQUEST, new HashSet<>());
        });
    }

    /** The operation's parameters by "in name" (header names in lower case). */
    private static Map<String, JsonNode> parameters(JsonNode document, JsonNode operation) {
        Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            String in = resolved.path("in").asString("");
            String name = resolved.path("name").asString("");
            parameters.put(in + " " + ("header".equals(in) ? name.toLowerCase(Locale.ROOT) : name), resolved);
        }
        return parameters;
    }

    private void compareRequestBody(String operation, JsonNode before, JsonNode after) {
        String where = operation + " request";
        before = resolve(released, before);
        after = resolve(current, after);
        if (after.isMissingNode()) {
            return;
        }
        boolean required = after.path("required").asBoolean(false);
        if (before.isMissingNode()) {
            if (required) {
                add("required-input-added", where, "a new required request body");
            }
            return;
        }
        if (required && !before.path("required").asBoolean(false)) {
            add("required-input-added", where, "the request body became required");
        }
        for (Map.Entry<String, JsonNode> media : before.path("content").properties()) {
            JsonNode now = after.path("content").path(media.getKey());
            if (now.isMissingNode()) {
                add("request-media-type-removed", where + " " + media.getKey(), "no longer accepted");
            } else {
                compareSchemas(
                        where + " " + media.getKey(),
                        media.getValue().path("schema"),
                        now.path("schema"),
                        Direction.REQUEST,
                        new HashSet<>());
            }
        }
    }

    private void compareResponses(String operation, JsonNode before, JsonNode after) {
        for (Map.Entry<String, JsonNode> status : before.properties()) {
            String where = operation + " response " + status.getKey();
            JsonNode now = resolve(current, after.path(status.getKey()));
            if (now.isMissingNode()) {
                add("response-status-removed", where, "the status is no longer documented");
                continue;
            }
            JsonNode previous = resolve(released, status.getValue());
            for (Map.Entry<String, JsonNode> media : previous.path("content").properties()) {
                JsonNode nowMedia = now.path("content").path(media.getKey());
                if (nowMedia.isMissingNode()
                        && media.getKey().equals("*/*")
                        && !now.path("content").isEmpty()) {
                    // "*/*" made precise: what is answered now was always within "any type".
                    nowMedia =
                            now.path("content").properties().iterator().next().getValue();
                }
                if (nowMedia.isMissingNode()) {
                    add("response-media-type-removed", where + " " + media.getKey(), "no longer answered");
                } else {
                    compareSchemas(
                            where + " " + media.getKey(),
                            media.getValue().path("schema"),
                            nowMedia.path("schema"),
                            Direction.RESPONSE,
                            new HashSet<>());
                }
            }
        }
    }

    private void compareSchemas(String where, JsonNode before, JsonNode after, Direction direction, Set<String> seen) {
        compareSchemas(where, "", before, after, direction, seen);
    }

    /** Compares two schemas at {@code where} (the operation and place), {@code path} inside the body. */
    private void compareSchemas(
            String where, String path, JsonNode before, JsonNode after, Direction direction, Set<String> seen) {
        String pair =
                before.path("$ref").asString("") + "|" + after.path("$ref").asString("");
        if (!"|".equals(pair) && !seen.add(pair)) {
            return;
        }
        Schema old = Schema.of(released, before);
        Schema now = Schema.of(current, after);
        if (old.node.isMissingNode() || now.node.isMissingNode()) {
            return;
        }
        String at = path.isEmpty() ? where : where + " " + path;
        compareTypes(at, old, now, direction);
        compareEnums(at, old.node, now.node, direction);
        if (direction == Direction.REQUEST) {
            compareInputConstraints(at, old.node, now.node);
        }
        compareProperties(where, path, old.node, now.node, direction, seen);
        if (old.node.has("items") && now.node.has("items")) {
            compareSchemas(where, path + "[]", old.node.path("items"), now.node.path("items"), direction, seen);
        }
        if (now.node.path("propertyNames").isObject()) {
            // no propertyNames: any key
            JsonNode keys = old.node.path("propertyNames").isObject()
                    ? old.node.path("propertyNames")
                    : JsonNodeFactory.instance.objectNode();
            compareSchemas(where, path + "{keys}", keys, now.node.path("propertyNames"), direction, seen);
        }
        if (old.node.path("additionalProperties").isObject()
                && now.node.path("additionalProperties").isObject()) {
            compareSchemas(
                    where,
                    path + "{}",
                    old.node.path("additionalProperties"),
                    now.node.path("additionalProperties"),
                    direction,
                    seen);
        }
    }

    private void compareTypes(String where, Schema old, Schema now, Direction direction) {
        if (old.types.isEmpty() || now.types.isEmpty() || old.types.equals(now.types)) {
            return;
        }
        // an input may accept more, an output may answer less
        boolean compatible =
                direction == Direction.REQUEST ? now.types.containsAll(old.types) : old.types.containsAll(now.types);
        if (!compatible) {
            add("type-changed", where, old.types + " -> " + now.types);
        }
    }

    private void compareEnums(String where, JsonNode old, JsonNode now, Direction direction) {
        Set<String> before = values(old.path("enum"));
        Set<String> after = values(now.path("enum"));
        if (!old.has("enum")) {
            if (now.has("enum") && direction == Direction.REQUEST) {
                add("enum-introduced", where, "now one of " + after);
            }
            return;
        }
        if (!now.has("enum")) {
            return;
        }
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        if (!removed.isEmpty()) {
            add("enum-value-removed", where, "removed " + removed);
        }
    }

    private void compareInputConstraints(String where, JsonNode old, JsonNode now) {
        for (String keyword : List.of("format", "pattern")) {
            if (now.has(keyword) && !Objects.equals(old.path(keyword), now.path(keyword))) {
                add(
                        keyword + "-tightened",
                        where,
                        old.path(keyword).asString("none") + " -> "
                                + now.path(keyword).asString());
            }
        }
        for (String keyword : List.of("maxLength", "maximum", "maxItems", "exclusiveMaximum")) {
            if (now.has(keyword)
                    && (!old.has(keyword)
                            || now.path(keyword)
                                            .decimalValue()
                                            .compareTo(old.path(keyword).decimalValue())
                                    < 0)) {
                add(
                        lowerCamel(keyword) + "-lowered",
                        where,
                        old.path(keyword).asString("none") + " -> "
                                + now.path(keyword).asString());
            }
        }
        for (String keyword : List.of("minLength", "minimum", "minItems", "exclusiveMinimum")) {
            double before = old.has(keyword) ? old.path(keyword).asDouble() : 0;
            if (now.has(keyword) && now.path(keyword).asDouble() > before) {
                add(
                        lowerCamel(keyword) + "-raised",
                        where,
                        old.path(keyword).asString("none") + " -> "
                                + now.path(keyword).asString());
            }
        }
    }

    private static String lowerCamel(String keyword) {
        return keyword.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private void compareProperties(
            String where, String path, JsonNode old, JsonNode now, Direction direction, Set<String> seen) {
        Set<String> requiredBefore = values(old.path("required"));
        Set<String> requiredAfter = values(now.path("required"));
        String prefix = where + " " + (path.isEmpty() ? "" : path + ".");
        for (Map.Entry<String, JsonNode> property : old.path("properties").properties()) {
            String name = property.getKey();
            String at = prefix + name;
            String inner = path.isEmpty() ? name : path + "." + name;
            JsonNode after = now.path("properties").path(name);
            if (after.isMissingNode()) {
                if (direction == Direction.RESPONSE
                        && !now.path("additionalProperties").isObject()) {
                    add("response-property-removed", at, "the property is gone");
                }
                continue;
            }
            if (direction == Direction.RESPONSE && requiredBefore.contains(name) && !requiredAfter.contains(name)) {
                add("response-property-optional", at, "no longer always present");
            }
            if (direction == Direction.REQUEST && requiredAfter.contains(name) && !requiredBefore.contains(name)) {
                add("required-input-added", at, "the property became required");
            }
            compareSchemas(where, inner, property.getValue(), after, direction, seen);
        }
        if (direction == Direction.REQUEST) {
            for (String name : requiredAfter) {
                if (!old.path("properties").has(name) && now.path("properties").has(name)) {
                    add("required-input-added", prefix + name, "a new required property");
                }
            }
        }
    }

    private void add(String kind, String where, String detail) {
        Change change = new Change(kind, where, detail);
        if (changes.stream().noneMatch(c -> c.id().equals(change.id()))) {
            changes.add(change);
        }
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.isNull() ? "null" : value.asString()));
        return values;
    }

    /** The node itself, or the one its local {@code $ref} names, followed to the end. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        Set<String> followed = new HashSet<>();
        while (node.path("$ref").isString()) {
            String ref = node.path("$ref").asString();
            if (!ref.startsWith("#/") || !followed.add(ref)) {
                return MissingNode.getInstance();
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /**
     * A schema with its references followed and the nullable forms of OpenAPI 3.0 ({@code nullable:
     * true}) and 3.1 ({@code anyOf: [X, {type: null}]}) read as X with {@code null} among its types.
     */
    private record Schema(JsonNode node, Set<String> types) {
        static Schema of(JsonNode document, JsonNode schema) {
            JsonNode node = resolve(document, schema);
            boolean nullable = false;
            for (String composition : List.of("anyOf", "oneOf")) {
                JsonNode options = node.path(composition);
                if (options.size() == 2) {
                    for (int i = 0; i < 2; i++) {
                        if ("null".equals(options.get(i).path("type").asString(""))) {
                            nullable = true;
                            node = resolve(document, options.get(1 - i));
                            break;
                        }
                    }
                }
            }
            Set<String> types = new TreeSet<>();
            JsonNode type = node.path("type");
            if (type.isString()) {
                types.add(type.asString());
            } else {
                type.forEach(t -> types.add(t.asString()));
            }
            if (!types.isEmpty() && (nullable || node.path("nullable").asBoolean(false))) {
                types.add("null");
            }
            return new Schema(node, types);
        }
    }
}
