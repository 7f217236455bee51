package org.docloudmock.support.docs;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the response examples of a service's OpenAPI document against what the service really answers (issue 14).
 * A test sends, for every example, the request it documents and hands the answer to {@link #check}; the answer
 * must come with the example's status and media type, the same field names and JSON types, and the same values
 * except in the fields named as varying (times, durations). {@link #verify()} then fails on every mismatch, and
 * on every example no request checked, so that a new example needs a request in the test.
 */
public final class DocumentedExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final Set<String> varying;
    private final Set<String> unchecked = new TreeSet<>();
    private final List<String> mismatches = new ArrayList<>();

    public DocumentedExamples(JsonNode document, String... varyingFields) {
        this.document = document;
        this.varying = Set.of(varyingFields);
        responseExamples().keySet().forEach(unchecked::add);
    }

    /** The document the service on {@code port} serves at {@code /v3/api-docs}. */
    public static DocumentedExamples of(int port, String... varyingFields) {
        String body = given().port(port).get("/v3/api-docs").then().statusCode(200).extract().asString();
        return new DocumentedExamples(JSON.readTree(body), varyingFields);
    }

    public JsonNode document() {
        return document;
    }

    /**
     * Leaves out the examples of these paths, which another test checks: service-support's own test checks
     * {@code /admin/faults} and {@code /admin/requests}, which every service serves from the same controllers.
     */
    public DocumentedExamples skipping(String... paths) {
        for (String path : paths) {
            unchecked.removeIf(key -> key.split(" ", 3)[1].equals(path));
        }
        return this;
    }

    /** The request body example {@code name} of {@code operation} ("PUT /admin/faults"), as JSON to send. */
    public String requestExample(String operation, String name) {
        JsonNode content = operation(operation).path("requestBody").path("content");
        for (JsonNode media : content) {
            JsonNode example = media.path("examples").path(name);
            if (!example.isMissingNode()) {
                return JSON.writeValueAsString(example.path("value"));
            }
        }
        throw new AssertionError(operation + " documents no request example named \"" + name + "\"");
    }

    /**
     * Compares {@code answer} with the response example {@code name} of {@code operation} ("GET /geo") documented
     * under the answer's status. {@code alsoVarying} names fields whose values this answer may not repeat.
     */
    public DocumentedExamples check(String operation, String name, Response answer, String... alsoVarying) {
        return check(operation, name, answer.statusCode(), answer.contentType(), answer.asString(), alsoVarying);
    }

    /** As {@link #check(String, String, Response, String...)}, for an answer read without REST Assured. */
    public DocumentedExamples check(String operation, String name, int status, String contentType, String body,
                                    String... alsoVarying) {
        String key = key(operation, status, name);
        DocumentedExample example = responseExamples().get(key);
        if (example == null) {
            mismatches.add(key + ": no such example; the answer was " + status + " " + body);
            return this;
        }
        unchecked.remove(key);
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(example.mediaType())) {
            mismatches.add(key + ": documented as " + example.mediaType() + ", answered as " + contentType);
        }
        Set<String> fields = new TreeSet<>(varying);
        fields.addAll(List.of(alsoVarying));
        try {
            compare(key, "$", null, example.value(), JSON.readTree(body), fields);
        } catch (JacksonException e) {
            mismatches.add(key + ": the answer is not JSON: " + body);
        }
        return this;
    }

    /** Fails on every mismatch found and every response example no request checked. */
    public void verify() {
        List<String> problems = new ArrayList<>(mismatches);
        unchecked.forEach(key -> problems.add(key + ": no request checked this example"));
        if (!problems.isEmpty()) {
            throw new AssertionError("The API documentation's examples and the real answers differ:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private record DocumentedExample(String mediaType, JsonNode value) {
    }

    /** Every response example, by "METHOD /path STATUS \"name\"". */
    private Map<String, DocumentedExample> responseExamples() {
        Map<String, DocumentedExample> examples = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String operation = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                for (Map.Entry<String, JsonNode> response : method.getValue().path("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                        for (Map.Entry<String, JsonNode> example : media.getValue().path("examples").properties()) {
                            examples.put(key(operation, Integer.parseInt(response.getKey()), example.getKey()),
                                    new DocumentedExample(media.getKey(), example.getValue().path("value")));
                        }
                    }
                }
            }
        }
        return examples;
    }

    private JsonNode operation(String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        JsonNode found = document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase(Locale.ROOT));
        if (found.isMissingNode()) {
            throw new AssertionError("The document has no operation " + operation);
        }
        return found;
    }

    private static String key(String operation, int status, String name) {
        return operation + " " + status + " \"" + name + "\"";
    }

    private void compare(String key, String at, String field, JsonNode documented, JsonNode real, Set<String> varying) {
        if (documented.getNodeType() != real.getNodeType()) {
            mismatches.add(key + ": " + at + " is documented as " + describe(documented) + ", answered as " + describe(real));
        } else if (documented.isObject()) {
            Set<String> names = new TreeSet<>(documented.propertyNames());
            names.addAll(real.propertyNames());
            for (String name : names) {
                if (!documented.has(name)) {
                    mismatches.add(key + ": " + at + "." + name + " is answered but not documented");
                } else if (!real.has(name)) {
                    mismatches.add(key + ": " + at + "." + name + " is documented but not answered");
                } else {
                    compare(key, at + "." + name, name, documented.get(name), real.get(name), varying);
                }
            }
        } else if (documented.isArray()) {
            if (documented.size() != real.size()) {
                mismatches.add(key + ": " + at + " is documented with " + documented.size() + " items, answered with "
                        + real.size() + ": " + real);
            }
            for (int i = 0; i < Math.min(documented.size(), real.size()); i++) {
                compare(key, at + "[" + i + "]", field, documented.get(i), real.get(i), varying);
            }
        } else if (!varying.contains(field) && !sameValue(documented, real)) {
            mismatches.add(key + ": " + at + " is documented as " + documented + ", answered as " + real);
        }
    }

    private static boolean sameValue(JsonNode documented, JsonNode real) {
        return documented.isNumber() ? documented.decimalValue().compareTo(real.decimalValue()) == 0 : documented.equals(real);
    }

    private static String describe(JsonNode node) {
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
    }
}
