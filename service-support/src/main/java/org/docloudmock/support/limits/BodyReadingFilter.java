package org.docloudmock.support.limits;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.docloudmock.support.admin.OperationalPaths;
import org.docloudmock.support.problem.ProblemBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request body before the controller sees it, within {@link RequestLimits}, without holding a worker
 * thread while the client sends it: what arrived with the headers is taken at once; the rest is read by Servlet
 * non-blocking I/O, and the request is dispatched to its controller once the body is whole. A body over its
 * limit is a 413 before a byte is read (or as soon as the count passes it, without {@code Content-Length});
 * a body still incomplete after {@code docloud.limits.body-timeout} is a 408, and the connection is closed.
 * Bodies to {@code docloud.limits.streamed-paths} (uploads, bounded by their service) are left to their controller.
 */
class BodyReadingFilter extends OncePerRequestFilter {

    private static final String BODY = BodyReadingFilter.class.getName() + ".body";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final RequestLimits limits;

    BodyReadingFilter(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            Object body = request.getAttribute(BODY);
            request.removeAttribute(BODY);
            chain.doFilter(body instanceof byte[] bytes ? new BufferedBodyRequest(request, bytes) : request, response);
            return;
        }
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if ((length <= 0 && !chunked) || isStreamed(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admin = OperationalPaths.contains(request.getRequestURI());
        long limit = (admin ? limits.maxAdminBodySize() : limits.maxBodySize()).toBytes();
        String limitName = admin ? "docloud.limits.max-admin-body-size" : "docloud.limits.max-body-size";
        if (length > limit) {
            // the valve has the connection closed rather than the body read
            refuseTooLarge(request, response, limit, limitName);
            return;
        }
        ServletInputStream in = request.getInputStream();
        RequestBody body = new RequestBody(length, limit);
        if (!chunked) {
            // what came in the headers' packets is read without blocking; a join is usually whole by now
            body.readAvailable(in);
        }
        if (body.complete()) {
            chain.doFilter(new BufferedBodyRequest(request, body.bytes()), response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(limits.bodyTimeout().toMillis());
        BodyReader reader = new BodyReader(async, in, body, () -> {
            request.setAttribute(BODY, body.bytes());
            async.dispatch();
        }, () -> refuseTooLarge(request, response, limit, limitName), () -> refuseTooSlow(request, response));
        async.addListener(reader);
        in.setReadListener(reader);
    }

    private boolean isStreamed(HttpServletRequest request) {
        for (String pattern : limits.streamedPaths()) {
            if (PATHS.match(pattern, request.getRequestURI())) {
                return true;
            }
        }
        return false;
    }

    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long limit, String limitName) {
        var problem = ProblemBodies.of(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body too large",
                "The body is larger than the " + limit + " bytes allowed here (" + limitName + ")", request.getRequestURI());
        problem.put("limit", limitName);
        problem.put("maxBytes", limit);
        close(response, problem);
    }

    private void refuseTooSlow(HttpServletRequest request, HttpServletResponse response) {
        var problem = ProblemBodies.of(HttpServletResponse.SC_REQUEST_TIMEOUT, "Request body too slow",
                "The body did not arrive within " + limits.bodyTimeout().toMillis() + " ms (docloud.limits.body-timeout)",
                request.getRequestURI());
        problem.put("limit", "docloud.limits.body-timeout");
        close(response, problem);
    }

    /**
     * Answers with the problem and closes the connection after it, without reading the rest of the body
     * (in non-blocking mode Tomcat honours the {@code Connection: close}; in blocking mode {@link UnreadBodyValve}).
     */
    private static void close(HttpServletResponse response, Map<String, Object> problem) {
        try {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            ProblemBodies.write(response, problem);
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            // the client went away first: nothing to answer
        }
    }
}
