package org.docloudmock.support.problem;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's own error answers as problems: a request Tomcat refuses before any service sees it (an encoded
 * {@code /} or a NUL in the path, a header over the limit, two {@code Content-Length}s) gets an
 * {@code application/problem+json} body instead of Tomcat's HTML page, with the status Tomcat chose. The
 * client's mistake is logged at debug, never with a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status >= 500 ? null : (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (detail == null && status < 500) {
            detail = response.getMessage();
        }
        log.debug("{} for {} {}: {}", status, request.getMethod(), request.getDecodedRequestURI(), detail);
        try {
            response.setSuspended(false);
            response.resetBuffer();
            ProblemBodies.write(response, ProblemBodies.of(status, null, detail, null));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the {} problem: {}", status, e.toString());
        }
    }
}
