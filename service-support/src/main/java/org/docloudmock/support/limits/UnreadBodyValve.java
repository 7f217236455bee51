package org.docloudmock.support.limits;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * When a request is answered before its body was read (refused as too large, with the wrong content type),
 * Tomcat would read the rest of the body on a worker thread to keep the connection: a slow client would hold
 * that worker for as long as it likes. This valve has Tomcat close the connection instead.
 */
class UnreadBodyValve extends ValveBase {

    private static final String ATTRIBUTE = UnreadBodyValve.class.getName();

    UnreadBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, (Runnable) () -> request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null));
        getNext().invoke(request, response);
        if (!request.isAsync()) {
            AtomicBoolean read = new AtomicBoolean(true);
            request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, read);
            if (!read.get()) {
                // committed first: Tomcat takes what follows for an error, and would otherwise render an error page
                response.flushBuffer();
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }

    /** Closes the connection after the answer instead of reading the rest of the body. */
    static void closeWithoutReading(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Runnable close) {
            close.run();
        }
    }
}
