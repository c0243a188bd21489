package be.passerelle.api.abuse;

import be.passerelle.api.abuse.OpenApiOperations.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives hostile variants of one operation from its OpenAPI description and a valid baseline:
 * each variant breaks exactly one thing (a path id, a query parameter, a header, the body's syntax,
 * one property of the body, the content type).
 */
final class HostileRequests {
    static final int HUGE_BODY_BYTES = 6 * 1024 * 1024;
    private static final int ONE_MEGABYTE = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Path values no route, slug, code, year or id may accept (already percent-encoded). */
    private static final List<String> PATH_GARBAGE = List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "..%2F..%2F..%2Fapi%2Fv1%2Fme",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "..;",
            "%00",
            "abc%00def",
            "%01%02%1F",
            "%C0%AE%C0%AE%C0%AF",
            "%ED%A0%80",
            "%FF%FE",
            "%20",
            "%E2%80%AE",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%27%3B%20drop%20table%20tenants%3B--",
            "NOT_A_VALID_ID!",
            "a".repeat(10_000));

    private static final List<String> UUID_GARBAGE = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1");
    private static final List<String> INTEGER_GARBAGE =
            List.of("abc", "-1", "1.5", "1e3", "99999999999999999999", "2026%00", "0x7E2");

    /**
     * Markers for surrogates that only a JSON escape can carry (a Java string with a lone surrogate
     * becomes '?' when encoded to UTF-8, which is valid text).
     */
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    private static final String REVERSED_SURROGATES = "@@reversed-surrogates@@";

    private final Operation operation;
    private final Baseline baseline;
    private final List<Hostile> out = new ArrayList<>();
    private boolean megabyteSent;

    /**
     * What a valid call of the operation looks like.
     *
     * @param pathValues a value for every path parameter
     * @param query query parameters sent with every variant (the required ones at least)
     * @param headers headers sent with every variant (e.g. a stale {@code If-Match}, so that a write
     *     that gets through validation still changes nothing)
     * @param body a valid JSON body, or null
     */
    record Baseline(
            Map<String, String> pathValues, Map<String, String> query, Map<String, String> headers, JsonNode body) {}

    private HostileRequests(Operation operation, Baseline baseline) {
        this.operation = operation;
        this.baseline = baseline;
    }

    static List<Hostile> of(Operation operation, Baseline baseline) {
        HostileRequests requests = new HostileRequests(operation, baseline);
        requests.pathIds();
        requests.queryParameters();
        requests.headers();
        if ("GET".equals(operation.method())) {
            requests.wrongAccept();
        }
        String bodyType = operation.bodyType();
        if ("application/json".equals(bodyType)) {
            requests.malformedBodies();
            requests.wrongContentTypes();
            requests.properties(baseline.body(), operation.bodySchema(), List.of());
            requests.hugeBody();
        } else if ("multipart/form-data".equals(bodyType)) {
            requests.hostileUploads();
        }
        return requests.out;
    }

    // ---------------------------------------------------------------- path, query, headers

    private void pathIds() {
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asString();
            JsonNode schema = parameter.path("schema");
            List<String> garbage = new ArrayList<>(PATH_GARBAGE);
            if ("uuid".equals(schema.path("format").asString())) {
                garbage.addAll(UUID_GARBAGE);
            }
            if ("integer".equals(schema.path("type").asString())) {
                garbage.addAll(INTEGER_GARBAGE);
            }
            for (String value : garbage) {
                Map<String, String> values = new LinkedHashMap<>(baseline.pathValues());
                values.put(name, value);
                // a request line beyond Tomcat's 8 KiB is refused before any body is read, and the connection
                // closed: a body still being sent could reset it before the answer is read
                String body = value.length() > 8_000 ? null : baselineBody();
                add("path " + name + "=" + abbreviate(value), target(values, baseline.query()), body);
            }
        }
    }

    private void queryParameters() {
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asString();
            JsonNode schema = parameter.path("schema");
            if (parameter.path("required").asBoolean(false)) {
                Map<String, String> query = new LinkedHashMap<>(baseline.query());
                query.remove(name);
                add("query " + name + " missing", target(baseline.pathValues(), query), baselineBody());
            }
            for (QueryValue value : queryGarbage(name, schema)) {
                Map<String, String> query = new LinkedHashMap<>(baseline.query());
                query.put(name, value.encoded());
                Hostile hostile = hostile(
                        "query " + name + "=" + abbreviate(value.encoded()), target(baseline.pathValues(), query));
                out.add(value.breaksSchema() || !"GET".equals(operation.method()) ? hostile : hostile.tolerated());
            }
        }
    }

    /** A query value and whether it breaks the documented schema (else a read may answer it). */
    private record QueryValue(String encoded, boolean breaksSchema) {}

    private static List<QueryValue> queryGarbage(String name, JsonNode schema) {
        List<QueryValue> values = new ArrayList<>();
        String type = schema.path("type").asString();
        if ("integer".equals(type) || "number".equals(type)) {
            INTEGER_GARBAGE.forEach(v -> values.add(new QueryValue(v, true)));
            values.add(new QueryValue("", false));
            if (schema.has("maximum")) {
                values.add(new QueryValue(Long.toString(schema.path("maximum").asLong() + 1), true));
            }
            if (schema.has("minimum")) {
                values.add(new QueryValue(Long.toString(schema.path("minimum").asLong() - 1), true));
            }
            return values;
        }
        if ("boolean".equals(type)) {
            values.add(new QueryValue("maybe", true));
            values.add(new QueryValue("%00", true));
            return values;
        }
        if ("cursor".equals(name)) {
            values.add(new QueryValue("not-a-cursor", true));
            values.add(new QueryValue("%3D%3D%3D%3D", true));
            values.add(new QueryValue(base64("p1:abc"), true));
            values.add(new QueryValue(base64("p1:99999999999999999999"), true));
            values.add(new QueryValue(base64("p2:1"), true));
            values.add(new QueryValue(base64("p1:1%00"), true));
            values.add(new QueryValue("%00", true));
            values.add(new QueryValue("x".repeat(5_000), true));
            return values;
        }
        if (schema.has("maxLength")) {
            values.add(new QueryValue("x".repeat(schema.path("maxLength").asInt() + 1), true));
        }
        boolean constrained = schema.has("pattern") || schema.has("enum") || schema.has("format");
        if (constrained) {
            values.add(new QueryValue("NOT%20VALID%21", true));
        }
        values.add(new QueryValue("%00", constrained));
        values.add(new QueryValue("a%00b", constrained));
        values.add(new QueryValue("%01%1B%7F", constrained));
        values.add(new QueryValue("%ED%A0%80", constrained));
        values.add(new QueryValue("%FF%FE", constrained));
        values.add(new QueryValue("%27%3B%20drop%20table%20tenants%3B--", constrained));
        values.add(new QueryValue("%25%5F%5C", constrained));
        return values;
    }

    private void headers() {
        for (JsonNode parameter : operation.parameters("header")) {
            String name = parameter.path("name").asString();
            List<String> values = switch (name) {
                // (an empty If-Match is no precondition, by design: ETags.required)
                case "If-Match" -> List.of("garbage", "\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"");
                case "If-None-Match", "Accept-Language" ->
                    List.of("garbage", "\"", "*;q=abc", "xx-YY;q=2", "x".repeat(4_000));
                default -> List.of();
            };
            for (String value : values) {
                Hostile hostile = hostile(
                                "header " + name + "=" + abbreviate(value),
                                target(baseline.pathValues(), baseline.query()))
                        .withHeader(name, value);
                // A read ignores a validator or language it does not understand; a write must refuse it.
                out.add("GET".equals(operation.method()) ? hostile.tolerated() : hostile);
            }
        }
    }

    private void wrongAccept() {
        for (String accept : List.of("application/xml", "text/html", "image/png")) {
            out.add(hostile("Accept " + accept, target(baseline.pathValues(), baseline.query()))
                    .withHeader("Accept", accept));
        }
        // RFC 9110 lets a server disregard an Accept it cannot satisfy; a read may do so.
        out.add(hostile("Accept application/json;q=0", target(baseline.pathValues(), baseline.query()))
                .withHeader("Accept", "application/json;q=0")
                .tolerated());
    }

    // ---------------------------------------------------------------- bodies

    private void malformedBodies() {
        String valid = baseline.body().toString();
        List<String> bodies = List.of(
                "",
                "{",
                "}",
                "not json",
                "null",
                "[]",
                "\"a string\"",
                "12345",
                "{\"unclosed\": \"",
                "{'single': 'quotes'}",
                "{\"a\":1,}",
                "[".repeat(100_000),
                "{\"n\":" + "9".repeat(5_000) + "}");
        for (String body : bodies) {
            add("malformed JSON " + abbreviate(body), target(baseline.pathValues(), baseline.query()), body);
        }
        // Named, not shown: the valid body carries the fixtures' personal values.
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("half of the valid body", valid.substring(0, valid.length() / 2));
        broken.put("the valid body twice", valid + valid);
        broken.put("the valid body and garbage", valid + "garbage");
        broken.put("a byte order mark and the valid body", "\uFEFF" + valid.replace("{", "{\"bom\":1,"));
        broken.forEach(
                (name, body) -> add("malformed JSON: " + name, target(baseline.pathValues(), baseline.query()), body));
        // Not UTF-8: a lone continuation byte and an overlong encoding inside a string.
        String text = valid.replaceFirst("\"([^\"]*)\"\\s*:\\s*\"", "\"$1\":\"XX");
        int at = text.indexOf("XX");
        if (at > 0) {
            byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] suffix = text.substring(at + 2).getBytes(StandardCharsets.UTF_8);
            for (byte[] bad : List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(prefix);
                bytes.writeBytes(bad);
                bytes.writeBytes(suffix);
                out.add(new Hostile(
                        "invalid UTF-8 in a string",
                        operation.method(),
                        target(baseline.pathValues(), baseline.query()),
                        baseline.headers(),
                        bytes.toByteArray(),
                        false));
            }
        }
    }

    private void wrongContentTypes() {
        String target = target(baseline.pathValues(), baseline.query());
        String valid = baseline.body().toString();
        out.add(Hostile.of("Content-Type text/plain", operation.method(), target, headers("text/plain"), valid));
        out.add(Hostile.of(
                "Content-Type application/xml", operation.method(), target, headers("application/xml"), "<a>1</a>"));
        out.add(Hostile.of(
                "Content-Type multipart",
                operation.method(),
                target,
                headers("multipart/form-data; boundary=xyz"),
                "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + valid + "\r\n--xyz--\r\n"));
        out.add(Hostile.of(
                "Content-Type form",
                operation.method(),
                target,
                headers("application/x-www-form-urlencoded"),
                "a=b&c=d"));
        out.add(Hostile.of("no Content-Type", operation.method(), target, headers(null), valid));
        out.add(Hostile.of(
                "Content-Type json with another charset",
                operation.method(),
                target,
                headers("application/json; charset=UTF-16"),
                valid));
    }

    private void hugeBody() {
        ObjectNode body = (ObjectNode) baseline.body().deepCopy();
        body.put("hostilePadding", "x".repeat(HUGE_BODY_BYTES));
        add("huge body (6 MB)", target(baseline.pathValues(), baseline.query()), body.toString());
        String firstString = firstStringField(baseline.body());
        if (firstString != null) {
            ObjectNode big = (ObjectNode) baseline.body().deepCopy();
            big.put(firstString, "x".repeat(HUGE_BODY_BYTES));
            add(
                    "huge body (6 MB " + firstString + ")",
                    target(baseline.pathValues(), baseline.query()),
                    big.toString());
        }
    }

    private static String firstStringField(JsonNode body) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isString()) {
                return field.getKey();
            }
        }
        return null;
    }

    /** One mutation at a time on the property at {@code path} of the baseline, then its children. */
    private void properties(JsonNode node, JsonNode schema, List<Object> path) {
        schema = operation.document().resolve(schema);
        if (node.isObject()) {
            boolean closed = schema.has("properties") && !schema.has("additionalProperties");
            if (closed || path.isEmpty()) {
                bodyWith("unknown field at " + label(path), path, n -> ((ObjectNode) n).put("hostileUnknownField", 1));
            }
            List<String> required = StreamSupport.stream(schema.path("required").spliterator(), false)
                    .map(JsonNode::asString)
                    .toList();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> child = append(path, field.getKey());
                JsonNode childSchema = schema.path("properties").has(field.getKey())
                        ? schema.path("properties").path(field.getKey())
                        : schema.path("additionalProperties");
                if (required.contains(field.getKey())) {
                    bodyWith("missing required " + label(child), path, n -> ((ObjectNode) n).remove(field.getKey()));
                    bodyReplacing("null required " + label(child), child, NODES.nullNode());
                }
                value(field.getValue(), childSchema, child);
            }
        } else {
            value(node, schema, path);
        }
    }

    private void value(JsonNode value, JsonNode schema, List<Object> path) {
        schema = operation.document().resolve(schema);
        String at = label(path);
        if (value.isObject()) {
            wrongTypes(at, path, List.of(NODES.stringNode("x"), NODES.arrayNode(), NODES.numberNode(1)));
            properties(value, schema, path);
        } else if (value.isArray()) {
            wrongTypes(at, path, List.of(NODES.stringNode("x"), NODES.objectNode(), NODES.numberNode(1)));
            if (schema.has("maxItems") && !value.isEmpty()) {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                    many.add(value.get(0).deepCopy());
                }
                bodyReplacing("too many items in " + at, path, many);
            }
            if (schema.path("minItems").asInt(0) > 0) {
                bodyReplacing("too few items in " + at, path, NODES.arrayNode());
            }
            if (!value.isEmpty()) {
                value(value.get(0), schema.path("items"), append(path, 0));
            }
        } else if (value.isString()) {
            wrongTypes(
                    at,
                    path,
                    List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode()));
            if (schema.has("maxLength")) {
                bodyReplacing(
                        "over-long at " + at,
                        path,
                        NODES.stringNode("x".repeat(schema.path("maxLength").asInt() + 1)));
            }
            if (schema.has("pattern") || schema.has("enum") || schema.has("format")) {
                bodyReplacing("bad value of " + at, path, NODES.stringNode("NOT A VALID VALUE!"));
            }
            if (schema.has("enum")) {
                // an enum value in the other case (ACCEPTED → accepted, fr → FR)
                String valid = schema.path("enum").get(0).asString();
                String lower = valid.toLowerCase(java.util.Locale.ROOT);
                bodyReplacing(
                        "enum in the other case at " + at,
                        path,
                        NODES.stringNode(lower.equals(valid) ? valid.toUpperCase(java.util.Locale.ROOT) : lower));
            }
            String text = value.asString();
            if (!schema.has("enum")) {
                // (Jackson trims an enum constant's name, NUL included: the value stays the valid constant)
                bodyReplacing("NUL in " + at, path, NODES.stringNode(text + "\u0000"));
            }
            bodyReplacing("control characters in " + at, path, NODES.stringNode(text + "\u0001\u001B[31m\u007F"));
            bodyReplacing("lone surrogate in " + at, path, NODES.stringNode(text + LONE_SURROGATE));
            bodyReplacing("reversed surrogates in " + at, path, NODES.stringNode(text + REVERSED_SURROGATES));
            if (!megabyteSent) {
                megabyteSent = true;
                bodyReplacing("1 MB at " + at, path, NODES.stringNode("x".repeat(ONE_MEGABYTE)));
            }
        } else if (value.isIntegralNumber() || value.isNumber()) {
            wrongTypes(
                    at,
                    path,
                    List.of(NODES.stringNode("abc"), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode()));
            bodyReplacing("negative at " + at, path, NODES.numberNode(-1));
            bodyReplacing(
                    "huge number at " + at,
                    path,
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            bodyReplacing("1e400 at " + at, path, NODES.numberNode(new java.math.BigDecimal("1e400")));
            if (value.isIntegralNumber()) {
                bodyReplacing("fractional at " + at, path, NODES.numberNode(1.5));
            }
            if (schema.has("maximum")) {
                bodyReplacing(
                        "above maximum at " + at,
                        path,
                        NODES.numberNode(schema.path("maximum").asLong() + 1));
            }
            if (schema.has("minimum")) {
                bodyReplacing(
                        "below minimum at " + at,
                        path,
                        NODES.numberNode(schema.path("minimum").asLong() - 1));
            }
        } else if (value.isBoolean()) {
            wrongTypes(
                    at,
                    path,
                    List.of(NODES.stringNode("yes"), NODES.numberNode(2), NODES.objectNode(), NODES.arrayNode()));
        }
    }

    private void wrongTypes(String at, List<Object> path, List<JsonNode> replacements) {
        for (JsonNode replacement : replacements) {
            bodyReplacing("wrong type " + replacement.getNodeType() + " at " + at, path, replacement);
        }
    }

    private void bodyReplacing(String what, List<Object> path, JsonNode replacement) {
        JsonNode body = set(path, replacement);
        add(what, target(baseline.pathValues(), baseline.query()), body.toString());
    }

    /** A copy of the baseline changed in place at {@code path}. */
    private void bodyWith(String what, List<Object> path, java.util.function.Consumer<JsonNode> change) {
        JsonNode body = baseline.body().deepCopy();
        change.accept(at(body, path));
        add(what, target(baseline.pathValues(), baseline.query()), body.toString());
    }

    /** A copy of the baseline with the node at {@code path} replaced. */
    private JsonNode set(List<Object> path, JsonNode replacement) {
        if (path.isEmpty()) {
            return replacement;
        }
        JsonNode copy = baseline.body().deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, replacement);
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement);
        }
        return copy;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private void hostileUploads() {
        String target = target(baseline.pathValues(), baseline.query());
        String boundary = "hostile-boundary";
        record Part(String what, String name, String filename, String contentType, String content) {}
        List<Part> parts = List.of(
                new Part("an executable", "file", "invoice.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf"),
                new Part("HTML as a PDF", "file", "x.pdf", "application/pdf", "<html><script>alert(1)</script>"),
                new Part("an empty file", "file", "empty.pdf", "application/pdf", ""),
                new Part("a traversal file name", "file", "../../../etc/passwd", "application/pdf", "root:x:0:0"),
                new Part("a NUL in the file name", "file", "a\u0000.pdf", "application/pdf", "text"),
                new Part("another part name", "document", "x.pdf", "application/pdf", "%PDF-1.4 nothing"),
                new Part(
                        "binary garbage declared as a PDF",
                        "file",
                        "x.pdf",
                        "application/pdf",
                        "\u0089PNG\r\n\u001A\n"));
        for (Part part : parts) {
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                    + "\"; filename=\"" + part.filename() + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n"
                    + part.content() + "\r\n--" + boundary + "--\r\n";
            out.add(Hostile.of(
                    "upload of " + part.what(),
                    operation.method(),
                    target,
                    headers("multipart/form-data; boundary=" + boundary),
                    body));
        }
        out.add(Hostile.of(
                "multipart without its closing boundary",
                operation.method(),
                target,
                headers("multipart/form-data; boundary=" + boundary),
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n%PDF"));
        out.add(Hostile.of(
                "multipart without a boundary", operation.method(), target, headers("multipart/form-data"), "x"));
        out.add(Hostile.of("JSON instead of a file", operation.method(), target, headers("application/json"), "{}"));
        out.add(Hostile.of("text instead of a file", operation.method(), target, headers("text/plain"), "hello"));
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(baseline.headers());
        if (contentType == null) {
            headers.remove("Content-Type");
        } else {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private String baselineBody() {
        return baseline.body() == null ? null : baseline.body().toString();
    }

    private void add(String what, String target, String body) {
        if (body != null) {
            body = body.replace(LONE_SURROGATE, "\\ud800").replace(REVERSED_SURROGATES, "\\udc00\\ud800");
        }
        out.add(Hostile.of(what, operation.method(), target, baseline.headers(), body));
    }

    private Hostile hostile(String what, String target) {
        return Hostile.of(what, operation.method(), target, baseline.headers(), baselineBody());
    }

    private String target(Map<String, String> pathValues, Map<String, String> query) {
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder target = new StringBuilder(path).append('?');
        query.forEach(
                (name, value) -> target.append(name).append('=').append(value).append('&'));
        return target.substring(0, target.length() - 1);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static String label(List<Object> path) {
        if (path.isEmpty()) {
            return "$";
        }
        StringBuilder label = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                label.append('[').append(index).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(step);
            }
        }
        return label.toString();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
