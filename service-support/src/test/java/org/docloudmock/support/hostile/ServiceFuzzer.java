package org.docloudmock.support.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded random requests against one service (issue 16): mutated paths, query strings, headers and JSON bodies,
 * built from the service's real endpoints so that many get past the first check. Asserts that no answer is a 5xx,
 * that every answer comes within {@link #TIMEOUT}, and that a request answered 4xx leaves the stored state as it
 * was. The seed is printed; {@code -Ddocloud.fuzz.seed=N} replays a run, {@code -Ddocloud.fuzz.requests=N} sets
 * its length.
 */
public final class ServiceFuzzer {

    /** An endpoint to start from: {@code {id}} in the path is replaced, the body's fields are mutated. */
    public record Endpoint(String method, String path, List<String> queryNames, Map<String, Object> body) {

        public static Endpoint get(String path, String... queryNames) {
            return new Endpoint("GET", path, List.of(queryNames), null);
        }

        public static Endpoint withBody(String method, String path, Map<String, Object> body) {
            return new Endpoint(method, path, List.of(), body);
        }
    }

    private static final String LONE_SURROGATE = "LONE-SURROGATE";
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "BREW"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/json",
            "application/octet-stream", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=klingon", ";;;", ""};
    private static final String[] RANGES = {"bytes=", "bytes=0-", "bytes=0-0", "bytes=-1", "bytes=-0", "bytes=5-1",
            "bytes=0-99999999999999999999", "bytes=1-2,3-4", "bytes=a-b", "lines=1-2", "bytes=0-0," + "1-1,".repeat(150),
            "bytes=99999999-"};
    private static final String[] VALIDATORS = {"*", "\"x\"", "W/\"x\"", "Thu, 01 Jan 1970 00:00:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT", "not a date", "\"", ""};

    private final int port;
    private final List<Endpoint> endpoints;
    private final Callable<String> storedState;
    private final long seed = Long.getLong("docloud.fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);

    /** @param storedState what the service holds, as an admin view answers it; null for a service that stores nothing */
    public ServiceFuzzer(int port, List<Endpoint> endpoints, Callable<String> storedState) {
        this.port = port;
        this.endpoints = List.copyOf(endpoints);
        this.storedState = storedState;
    }

    /** Sends {@code docloud.fuzz.requests} requests (default {@code requests}), one at a time. */
    public void run(int requests) throws Exception {
        int count = Integer.getInteger("docloud.fuzz.requests", requests);
        System.out.println("fuzzing port " + port + " with " + count + " requests, seed " + seed
                + " (replay: -Ddocloud.fuzz.seed=" + seed + ")");
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String method = random.nextInt(10) == 0 ? METHODS[random.nextInt(METHODS.length)] : endpoint.method();
            byte[] request = request(method, endpoint);
            boolean mutating = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
            String before = mutating && storedState != null ? storedState.call() : null;
            RawHttp.Answer answer;
            try {
                answer = RawHttp.exchange(port, request, TIMEOUT);
            } catch (IOException e) {
                throw new AssertionError(describe(i, request) + " got no answer within " + TIMEOUT + ": " + e, e);
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() < 100 || answer.status() >= 500) {
                fail(describe(i, request) + " was answered " + answer.status() + ":\n" + answer.head() + "\n" + answer.body());
            }
            if (before != null && answer.status() >= 400) {
                assertThat(storedState.call()).as(describe(i, request) + " answered " + answer.status() + " changed what is stored")
                        .isEqualTo(before);
            }
        }
        System.out.println("fuzz seed " + seed + ": statuses " + statuses);
    }

    private String describe(int index, byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return "fuzz request " + index + " (seed " + seed + ", replay with -Ddocloud.fuzz.seed=" + seed + ") "
                + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
    }

    private byte[] request(String method, Endpoint endpoint) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(path(endpoint.path()));
        String query = query(endpoint.queryNames());
        if (!query.isEmpty()) {
            head.append('?').append(query);
        }
        head.append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        byte[] body = endpoint.body() == null && random.nextInt(8) != 0 ? new byte[0] : body(endpoint.body());
        headers(head, body.length > 0);
        if (body.length > 0 || random.nextBoolean()) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        return out.toByteArray();
    }

    private String path(String template) {
        String path = template;
        while (path.contains("{id}")) {
            path = path.replaceFirst("\\{id}", java.util.regex.Matcher.quoteReplacement(id()));
        }
        return switch (random.nextInt(20)) {
            case 0 -> path + "/x";
            case 1 -> path + ";x=1";
            case 2 -> path.replace("/", "//");
            case 3 -> path.toUpperCase();
            case 4 -> path + "%";
            case 5 -> path + "/..";
            default -> path;
        };
    }

    /** An id for a path: mostly ordinary, often hostile. */
    private String id() {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> encode("x".repeat(300));
            case 2 -> encode(text(1 + random.nextInt(12)));
            case 3 -> "%ED%A0%80";
            case 4 -> "%zz";
            case 5 -> "%00";
            case 6 -> "a%2Fb";
            case 7 -> "..";
            default -> "fuzz-" + random.nextInt(5);
        };
    }

    private String query(List<String> names) {
        if (random.nextInt(40) == 0) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 1001 + random.nextInt(50); i++) {
                many.append(i == 0 ? "" : "&").append("p").append(i).append('=');
            }
            return many.toString();
        }
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            if (random.nextInt(3) != 0) {
                String spelled = random.nextBoolean() ? name : name.toUpperCase();
                parts.add(spelled + "=" + queryValue());
            }
        }
        if (random.nextInt(5) == 0) {
            parts.add(encode(text(3)) + "=" + queryValue());
        }
        return String.join("&", parts);
    }

    private String queryValue() {
        return switch (random.nextInt(10)) {
            case 0 -> "%zz";
            case 1 -> "%FF%FE";
            case 2 -> "%C0%AF";
            case 3 -> String.valueOf(random.nextLong());
            case 4 -> "3.7";
            case 5 -> encode(text(1 + random.nextInt(20)));
            case 6 -> "";
            case 7 -> encode("x".repeat(5000));
            default -> String.valueOf(random.nextInt(1000));
        };
    }

    private void headers(StringBuilder head, boolean hasBody) {
        if (hasBody || random.nextInt(10) == 0) {
            head.append("Content-Type: ").append(random.nextInt(3) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]
                    : "application/json").append("\r\n");
        }
        if (random.nextInt(4) == 0) {
            head.append("Range: ").append(RANGES[random.nextInt(RANGES.length)]).append("\r\n");
        }
        if (random.nextInt(5) == 0) {
            head.append(random.nextBoolean() ? "If-None-Match: " : "If-Range: ")
                    .append(VALIDATORS[random.nextInt(VALIDATORS.length)]).append("\r\n");
        }
        if (random.nextInt(8) == 0) {
            head.append("If-Modified-Since: ").append(VALIDATORS[random.nextInt(VALIDATORS.length)]).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            String[] forwarded = {"203.0.113.9", "::1", "not-an-ip", "1.2.3.4, 5.6.7.8", "999.1.1.1", "", "::ffff:1.2.3.4"};
            head.append("X-Forwarded-For: ").append(forwarded[random.nextInt(forwarded.length)]).append("\r\n");
        }
        if (random.nextInt(10) == 0) {
            head.append("Accept: ").append(random.nextBoolean() ? "text/html" : "application/xml;q=x").append("\r\n");
        }
        if (random.nextInt(50) == 0) {
            head.append("X-Padding: ").append("a".repeat(9000)).append("\r\n");
        }
    }

    private byte[] body(Map<String, Object> template) {
        int shape = random.nextInt(20);
        if (template == null || shape == 0) {
            String[] raw = {"", "{", "null", "[]", "{}", "\"x\"", "{\"a\":", "[".repeat(3000) + "]".repeat(3000),
                    "{\"ContentId\":\"\\ud800\"}", "\u0000\u0001\u0002", "{\"x\":1e99999}"};
            return raw[random.nextInt(raw.length)].getBytes(StandardCharsets.UTF_8);
        }
        Map<String, Object> body = new LinkedHashMap<>(template);
        for (String field : template.keySet()) {
            if (random.nextInt(4) == 0) {
                body.put(field, value());
            }
        }
        if (random.nextInt(6) == 0) {
            body.put(text(4), value());
        }
        if (random.nextInt(8) == 0 && !body.isEmpty()) {
            body.remove(body.keySet().iterator().next());
        }
        // a lone surrogate has no UTF-8 form: JSON carries it escaped, as a hostile client would write it
        byte[] json = JSON.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800").getBytes(StandardCharsets.UTF_8);
        return shape == 1 ? java.util.Arrays.copyOf(json, random.nextInt(json.length)) : json;
    }

    /** A JSON value of any type, often the wrong one. */
    private Object value() {
        return switch (random.nextInt(16)) {
            case 0 -> null;
            case 1 -> 3.7;
            case 2 -> -1;
            case 3 -> Long.MAX_VALUE;
            case 4 -> new java.math.BigInteger("99999999999999999999999");
            case 5 -> "1";
            case 6 -> true;
            case 7 -> List.of();
            case 8 -> Map.of("x", 1);
            case 9 -> "x".repeat(5000);
            case 10 -> text(1 + random.nextInt(10));
            case 11 -> java.util.Collections.nCopies(1 + random.nextInt(3), null);
            case 12 -> java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "http://dl.example/" + i).toList();
            case 13 -> List.of("http://dl.example/same", "http://dl.example/same");
            case 14 -> LONE_SURROGATE;
            default -> random.nextInt(10);
        };
    }

    /** Text from an alphabet of troublemakers: controls, format characters, separators, non-ASCII. */
    private String text(int length) {
        char[] alphabet = {'a', 'Z', '0', '/', '\\', '.', '%', '?', '#', ';', ' ', '\t', '\u0000', '\u007f', '\u00e9',
                '\u200b', '\u202e', '\u4e2d', '"', '\'', '<', '&', '='};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
