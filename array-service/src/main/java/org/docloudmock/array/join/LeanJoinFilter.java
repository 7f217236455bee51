package org.docloudmock.array.join;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.support.address.ClientAddressResolver;
import org.docloudmock.support.limits.BufferedBodyRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a well-formed join without Spring MVC: the body read by the application's {@link JsonMapper} into a
 * {@link JoinRequest}, the answer written by a writer made once, as {@link JoinController} would write it (the
 * same bytes and headers). MVC's dispatch, argument resolution and converter negotiation were a third of a
 * join's CPU. Anything else (another content type or {@code Accept}, a body that does not read, a field that
 * breaks DO's rules) goes on to the controller with the body as it came, so that every problem answer is
 * the one MVC gives. The journal, fault, body-limit and observation filters run before this one.
 */
class LeanJoinFilter extends OncePerRequestFilter {

    private final PeerMatching matching;
    private final ClientAddressResolver clientAddresses;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    LeanJoinFilter(PeerMatching matching, ClientAddressResolver clientAddresses, JsonMapper json) {
        this.matching = matching;
        this.clientAddresses = clientAddresses;
        this.reader = json.readerFor(JoinRequest.class);
        // neither closed nor flushed, as MVC leaves it, so that Tomcat sets Content-Length for an answer that fits its buffer
        this.writer = json.writerFor(JoinResponse.class)
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !(JoinController.PATH.equals(path) || JoinController.PATH_WITHOUT_SLASH.equals(path))
                || !isJson(request.getContentType()) || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the body-limit filter has read it whole already: take its bytes rather than copy them from its stream
        BufferedBodyRequest buffered = WebUtils.getNativeRequest(request, BufferedBodyRequest.class);
        byte[] body = buffered != null ? buffered.body() : request.getInputStream().readAllBytes();
        if (body.length == 0) {
            chain.doFilter(request, response);
            return;
        }
        JoinResponse answer;
        try {
            JoinRequest join = reader.readValue(body);
            answer = join == null ? null : matching.join(join, clientAddresses.resolve(request).externalIp());
        } catch (JacksonException | InvalidFieldException e) {
            // nothing was registered: the controller reads the same body again and answers the problem
            answer = null;
        }
        if (answer == null) {
            chain.doFilter(buffered != null ? request : new BufferedBodyRequest(request, body), response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        writer.writeValue(response.getOutputStream(), answer);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.replace(" ", "").toLowerCase(Locale.ROOT);
        return type.equals(MediaType.APPLICATION_JSON_VALUE) || type.equals("application/json;charset=utf-8");
    }

    /** MVC answers {@code application/json} to these; any other {@code Accept} is left to its negotiation. */
    private static boolean acceptsJson(String accept) {
        return accept == null || accept.equals(MediaType.ALL_VALUE) || accept.equals(MediaType.APPLICATION_JSON_VALUE);
    }
}
