package org.docloudmock.suite.front;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forwards a request to the service its host name is for ({@link HostRoutes}) and streams the answer back as
 * it comes: a payload is never held whole. Status, {@code Range}, {@code Content-Range}, {@code ETag} and every
 * other end-to-end header pass unchanged. The client's address is appended to {@code X-Forwarded-For}: the
 * services trust loopback, the front's address, so Geo sees the client, and a client that sends its own
 * {@code X-Forwarded-For} from another machine is still seen as itself (the rightmost untrusted hop wins).
 */
final class FrontServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(FrontServlet.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Hop-by-hop headers (RFC 9110 7.6.1) and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authorization", "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "http2-settings");
    /** The services' own operator endpoints stay on their own ports: a lab network sees only what DO clients use. */
    private static final List<String> OPERATOR_PATHS = List.of("/admin", "/actuator", "/v3/api-docs", "/swagger-ui");

    private final Map<ServiceEndpoint, URI> targets;
    private final HttpClient http;
    private final Duration responseTimeout;

    FrontServlet(Map<ServiceEndpoint, URI> targets, Duration connectTimeout, Duration responseTimeout) {
        this.targets = Map.copyOf(targets);
        this.responseTimeout = responseTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getHeader("Host");
        // decoded and normalized, as the services match it: /%61dmin is /admin
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ServiceEndpoint> service = HostRoutes.route(host, path);
        if (service.isEmpty()) {
            problem(request, response, HttpStatus.MISDIRECTED_REQUEST, "The front serves no host named '"
                    + HostRoutes.hostName(host) + "': it serves the DO services' and the CDN's host names, and the "
                    + "CDN's paths on any host (a Connected Cache host)");
            return;
        }
        if (OPERATOR_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            problem(request, response, HttpStatus.NOT_FOUND, path + " is not served through the front: call the "
                    + service.get().serviceName() + " on its own port");
            return;
        }
        HttpRequest forwarded;
        try {
            forwarded = forwarded(request, targets.get(service.get()));
        } catch (IllegalArgumentException e) {
            problem(request, response, HttpStatus.BAD_REQUEST, "the request cannot be forwarded: " + e.getMessage());
            return;
        }
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(forwarded, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            problem(request, response, HttpStatus.GATEWAY_TIMEOUT, service.get().serviceName() + " did not answer within "
                    + responseTimeout.toSeconds() + " s");
            return;
        } catch (IOException e) {
            // refused, reset, or closed without an answer (a Drop fault rule does that)
            problem(request, response, HttpStatus.BAD_GATEWAY, service.get().serviceName() + " gave no answer: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "the front is stopping");
            return;
        }
        copy(answer, response);
    }

    private HttpRequest forwarded(HttpServletRequest request, URI target) throws IOException {
        String query = request.getQueryString();
        URI uri = URI.create(target + request.getRequestURI() + (query == null ? "" : "?" + query));
        HttpRequest.Builder forwarded = HttpRequest.newBuilder(uri).timeout(responseTimeout);
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_FORWARDED.contains(lower) || lower.startsWith("x-forwarded-")) {
                continue;
            }
            for (String value : Collections.list(request.getHeaders(name))) {
                forwarded.header(name, value);
            }
        }
        String forwardedFor = String.join(", ", Collections.list(request.getHeaders("X-Forwarded-For")));
        forwarded.header("X-Forwarded-For", (forwardedFor.isEmpty() ? "" : forwardedFor + ", ") + request.getRemoteAddr());
        forwarded.header("X-Forwarded-Proto", request.getScheme());
        if (request.getHeader("Host") != null) {
            forwarded.header("X-Forwarded-Host", request.getHeader("Host"));
        }
        return forwarded.method(request.getMethod(), body(request)).build();
    }

    /** Streamed: the servlet's input stream is read as the JDK client sends. */
    private static HttpRequest.BodyPublisher body(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            return HttpRequest.BodyPublishers.noBody();
        }
        InputStream in = request.getInputStream();
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> in);
        return length > 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, length) : stream;
    }

    private static void copy(HttpResponse<InputStream> answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_FORWARDED.contains(lower) || lower.startsWith(":")) {
                return;
            }
            values.forEach(value -> response.addHeader(name, value));
        });
        answer.headers().firstValueAsLong("Content-Length").ifPresent(response::setContentLengthLong);
        try (InputStream body = answer.body(); OutputStream out = response.getOutputStream()) {
            body.transferTo(out);
        }
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String detail) throws IOException {
        if (status.is5xxServerError()) {
            log.warn("Front: {} {} (Host {}): {}", request.getMethod(), request.getRequestURI(), request.getHeader("Host"), detail);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
