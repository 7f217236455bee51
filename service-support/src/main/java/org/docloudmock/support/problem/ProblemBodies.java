package org.docloudmock.support.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems written where Spring MVC's message converters do not reach: filters, valves and Tomcat's
 * own error pages.
 */
public final class ProblemBodies {

    /** A {@link ProblemDetail}'s members in RFC 9457's order, its extra properties after them (Spring's mixin). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    /** RFC 9457's type of a problem that is only its status; the filters' problems name it, as they always have. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    private ProblemBodies() {
    }

    /** {@code type}, {@code title} (the status's reason phrase unless given), {@code status}, {@code detail}, {@code instance}. */
    public static Map<String, Object> of(int status, String title, String detail, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title != null ? title : known != null ? known.getReasonPhrase() : "Error");
        problem.put("status", status);
        if (detail != null && !detail.isEmpty()) {
            problem.put("detail", detail);
        }
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    /** Sets the status and content type, and writes the problem as the whole body. */
    public static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        write(response, (Integer) problem.get("status"), JSON.writeValueAsBytes(problem));
    }

    /** Sets the status and content type, and writes the problem as the whole body. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        write(response, problem.getStatus(), JSON.writeValueAsBytes(problem));
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
