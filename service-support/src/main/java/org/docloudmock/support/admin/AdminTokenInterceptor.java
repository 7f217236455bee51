package org.docloudmock.support.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses admin calls without the configured bearer token; the answer is a 401 problem like every other error. */
class AdminTokenInterceptor implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    AdminTokenInterceptor(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("Admin calls need Authorization: Bearer <docloud.admin.token>");
        }
        byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // constant time, so the token cannot be guessed byte by byte from response times
        if (!MessageDigest.isEqual(token, presented)) {
            throw unauthorized("The admin token is wrong");
        }
        return true;
    }

    private static ErrorResponseException unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        ErrorResponseException unauthorized = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        unauthorized.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"docloud-admin\"");
        return unauthorized;
    }
}
