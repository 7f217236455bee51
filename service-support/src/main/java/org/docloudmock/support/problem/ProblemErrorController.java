package org.docloudmock.support.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} JSON: what reaches it (an exception thrown outside a controller, a
 * {@code sendError}) is answered as an RFC 9457 problem with the status already chosen.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            // the answer went out already (a refusal that then closed the connection): nothing to add
            return null;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = status < 500 && message instanceof String text && !text.isEmpty() ? text : null;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemBodies.of(status, null, detail, uri instanceof String path ? path : null));
    }
}
