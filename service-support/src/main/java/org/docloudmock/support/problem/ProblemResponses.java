package org.docloudmock.support.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.docloudmock.protocol.InvalidFieldException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;

/**
 * Every bad input becomes an RFC 9457 problem: 4xx, {@code application/problem+json}, and a
 * {@code field} member naming what was wrong where one thing was.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    public static final String FIELD = "field";

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e, WebRequest request) {
        return ResponseEntity.badRequest().body(withInstance(badField(e.field(), e.getMessage()), request));
    }

    /** A query string Tomcat cannot decode ({@code %zz}, bytes that are not UTF-8) or with too many parameters. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidParameterException e, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getErrorCode());
        if (status == null || !status.is4xxClientError()) {
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The query string is malformed or has more "
                + "parameters than allowed (server.tomcat.max-parameter-count)");
        problem.setTitle("Invalid query string");
        return ResponseEntity.status(status).body(withInstance(problem, request));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        return super.createResponseEntity(body instanceof ProblemDetail problem ? withInstance(problem, request) : body,
                headers, statusCode, request);
    }

    /**
     * The request's path as {@code instance}, set here because Spring MVC's own attempt throws on a path that is
     * not a valid URI reference ({@code //x}, a raw {@code %}), and logs that failure with a stack trace.
     */
    private static ProblemDetail withInstance(ProblemDetail problem, WebRequest request) {
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(instance(servlet.getRequest().getRequestURI()));
        }
        return problem;
    }

    /** A request path as a problem's {@code instance}, encoded where it is not a valid URI reference. */
    public static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create(UriUtils.encodePath(path.replaceFirst("^/+", "/"), StandardCharsets.UTF_8));
        }
    }

    public static ProblemDetail badField(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid " + field);
        problem.setProperty(FIELD, field);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase();
        return ResponseEntity.badRequest().body(badField(field, field + ": '" + e.getValue() + "' is not a valid " + type));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(badField(field, field + ": " + jackson.getOriginalMessage()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not valid JSON");
        problem.setTitle("Unreadable body");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        if (error.isEmpty()) {
            return super.handleMethodArgumentNotValid(e, headers, status, request);
        }
        String field = error.get().getField();
        return ResponseEntity.badRequest().body(badField(field, field + ": " + error.get().getDefaultMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = e.getParameterValidationResults().stream().findFirst();
        if (result.isEmpty()) {
            return super.handleHandlerMethodValidationException(e, headers, status, request);
        }
        String field = result.get().getMethodParameter().getParameterName();
        var annotation = result.get().getMethodParameter().getParameterAnnotations();
        for (var each : annotation) {
            if (each instanceof org.springframework.web.bind.annotation.RequestParam param && !param.name().isEmpty()) {
                field = param.name();
            } else if (each instanceof org.springframework.web.bind.annotation.PathVariable path && !path.name().isEmpty()) {
                field = path.name();
            }
        }
        String message = result.get().getResolvableErrors().stream().findFirst()
                .map(error -> error.getDefaultMessage()).orElse("is not valid");
        return ResponseEntity.badRequest().body(badField(field, field + ": " + message));
    }
}
