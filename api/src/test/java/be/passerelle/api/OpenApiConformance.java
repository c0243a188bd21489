package be.passerelle.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks an answer of the API against an OpenAPI 3.1 document: the operation is found by method and
 * path template, the status is documented, the body is valid (JSON Schema 2020-12) against the schema
 * of its content type, and the documented response headers are present. CSV and other non-JSON
 * bodies are only checked for a documented content type (a CSV answer for {@code text/csv} itself,
 * not a range such as {@code text/*}). Paths outside {@code /api/} are not part of the document and
 * are not checked, nor are CORS preflights ({@code OPTIONS}). A retired operation, withdrawn from the
 * document but still answering for one release, may give only its listed statuses, each with a
 * problem body.
 */
public final class OpenApiConformance {
    /** The committed document, as the api module's tests see it. */
    public static final Path COMMITTED = Path.of("openapi.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM = "application/problem+json";

    /**
     * The retired operations and the statuses they may still answer: the status check with the access
     * code in the URL answers 410 (rate-limited: 429) for one release, pointing to the {@code POST}.
     */
    private static final Map<String, Set<Integer>> RETIRED =
            Map.of("GET /api/v1/public/referral-status", Set.of(410, 429));

    private static final OpenApiConformance COMMITTED_DOCUMENT = read(COMMITTED);
    private static final Path COUNT = Path.of("target", "openapi-conformance.count");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OpenApiConformance::recordCount));
    }

    private final JsonNode document;
    private final List<Template> templates;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final AtomicInteger validated = new AtomicInteger();
    private final Map<String, Set<Integer>> retired;

    public OpenApiConformance(JsonNode document) {
        this(document, RETIRED);
    }

    OpenApiConformance(JsonNode document, Map<String, Set<Integer>> retired) {
        this.document = document;
        this.retired = Map.copyOf(retired);
        List<Template> found = new ArrayList<>();
        document.path("paths").propertyNames().forEach(path -> found.add(Template.of(path)));
        // literal segments win over parameters: /referrals/flows before /referrals/{id}
        found.sort(Comparator.comparingInt(Template::parameters).thenComparing(Template::path));
        this.templates = List.copyOf(found);
    }

    /** The committed {@code api/openapi.json}, shared by every test of the run. */
    public static OpenApiConformance committed() {
        return COMMITTED_DOCUMENT;
    }

    private static OpenApiConformance read(Path path) {
        try {
            return new OpenApiConformance(JSON.readTree(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many answers were checked so far. */
    public int validated() {
        return validated.get();
    }

    /** Throws an {@link AssertionError} naming every way {@code response} departs from the document. */
    public <T> HttpResponse<T> check(HttpRequest request, HttpResponse<T> response) {
        Object body = response.body();
        check(
                request.method(),
                request.uri(),
                response.statusCode(),
                response.headers().map(),
                body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) body);
        return response;
    }

    /** Throws an {@link AssertionError} naming every way the answer departs from the document. */
    public void check(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        List<String> violations = violations(method, uri, status, headers, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + method + " " + uri.getRawPath() + " (" + status
                    + ") departs from api/openapi.json:\n  " + String.join("\n  ", violations));
        }
    }

    /** The ways the answer departs from the document; empty when it conforms or is outside {@code /api/}. */
    public List<String> violations(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        String path = uri.getRawPath();
        // a CORS preflight (OPTIONS) is the container's, not an operation of the API
        if (path == null || !path.startsWith("/api/") || method.equals("OPTIONS")) {
            return List.of();
        }
        validated.incrementAndGet();
        String verb = method.toLowerCase(Locale.ROOT);
        Template template = templates.stream()
                .filter(candidate -> candidate.matches(path))
                .filter(candidate ->
                        document.path("paths").path(candidate.path()).has(verb))
                .findFirst()
                .orElse(null);
        if (template == null) {
            Template known = templates.stream()
                    .filter(candidate -> candidate.matches(path))
                    .findFirst()
                    .orElse(null);
            Set<Integer> retiredStatuses = known == null ? null : retired.get(method + " " + known.path());
            if (retiredStatuses != null && retiredStatuses.contains(status)) {
                List<String> violations = new ArrayList<>();
                JsonNode problem = JSON.createObjectNode()
                        .set(
                                "content",
                                JSON.createObjectNode()
                                        .set(
                                                PROBLEM,
                                                JSON.createObjectNode()
                                                        .set(
                                                                "schema",
                                                                JSON.createObjectNode()
                                                                        .put("$ref", "#/components/schemas/Problem"))));
                checkBody("retired", problem, status, header(headers, "Content-Type"), body, violations);
                return violations;
            }
            boolean pathKnown = known != null;
            // no such operation: 404 (unknown path) and 405 (known path, other method) say so truthfully
            if ((status == 404 && !pathKnown) || (status == 405 && pathKnown)) {
                return List.of();
            }
            return List.of("no operation " + method + " " + path + " in the document");
        }
        String pointer = "/paths/" + escape(template.path()) + "/" + verb + "/responses/" + status;
        JsonNode response = document.at(pointer);
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not documented for " + method + " " + template.path());
        }
        List<String> violations = new ArrayList<>();
        checkHeaders(response, headers, violations);
        checkBody(pointer, response, status, header(headers, "Content-Type"), body, violations);
        return violations;
    }

    private void checkHeaders(JsonNode response, Map<String, List<String>> headers, List<String> violations) {
        for (Map.Entry<String, JsonNode> documented : response.path("headers").properties()) {
            String name = documented.getKey();
            JsonNode definition = documented.getValue();
            if (definition.has("$ref")) {
                definition = document.at(definition.get("$ref").asString().substring(1));
            }
            boolean optional = definition.path("required").isBoolean()
                    && !definition.path("required").asBoolean();
            if (!optional && !name.equalsIgnoreCase("Content-Type") && header(headers, name) == null) {
                violations.add("documented header " + name + " is missing");
            }
        }
    }

    private void checkBody(
            String pointer, JsonNode response, int status, String contentType, String body, List<String> violations) {
        JsonNode content = response.path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (status == 304 || status == 204) {
            if (hasBody) {
                violations.add("a " + status + " answer carries a body");
            }
            return;
        }
        if (!hasBody) {
            if (!content.isEmpty()) {
                violations.add("no body, but the document gives content " + content.propertyNames());
            }
            return;
        }
        if (contentType == null) {
            violations.add("a body without Content-Type");
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/csv") && !content.has(mediaType)) {
            violations.add(
                    "a CSV answer, but text/csv is not among the documented content types " + content.propertyNames());
            return;
        }
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            violations.add(
                    "content type " + mediaType + " is not documented (documented: " + content.propertyNames() + ")");
            return;
        }
        if (!(mediaType.endsWith("/json") || mediaType.endsWith("+json"))) {
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JacksonException e) {
            violations.add("the " + mediaType + " body is not JSON: " + e.getOriginalMessage());
            return;
        }
        JsonNode schema = content.path(documented).path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        String schemaPointer = pointer + "/content/" + escape(documented) + "/schema";
        for (Error error : schema(schemaPointer, schema).validate(instance)) {
            violations.add("body " + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    private static String documentedMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String range = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        if (content.has(range)) {
            return range;
        }
        return content.has("*/*") ? "*/*" : null;
    }

    /** The response schema with the document's components beside it, so that local references resolve. */
    private Schema schema(String pointer, JsonNode schema) {
        return schemas.computeIfAbsent(pointer, key -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
            root.set("components", document.path("components"));
            root.putArray("allOf").add(schema);
            return registry.getSchema(root);
        });
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name)
                        && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static void recordCount() {
        try {
            // one test JVM runs the integration tests (failsafe's default single fork)
            if (COMMITTED_DOCUMENT.validated() > 0 && Files.isDirectory(COUNT.getParent())) {
                Files.writeString(COUNT, COMMITTED_DOCUMENT.validated() + System.lineSeparator());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path of the document as a pattern: each {@code {parameter}} matches one segment. */
    private record Template(String path, Pattern pattern, int parameters) {
        static Template of(String path) {
            StringBuilder regex = new StringBuilder();
            int parameters = 0;
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/]+");
                    parameters++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new Template(path, Pattern.compile(regex.toString()), parameters);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
