package org.docloudmock.support.limits;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;

/**
 * When a request is refused (4xx, 5xx) before its body was read whole (a 413 by its {@code Content-Length}, an
 * upload to a bad id, a missing admin token), Tomcat would read up to {@code max-swallow-size} of the rest on a
 * worker thread to keep the connection: a slow client would hold that worker for as long as it likes. This valve
 * has Tomcat close the connection after the answer instead; the servlet API has no way to ask for it. It sits on
 * the engine, outside the error pages: the answer is whole when it finishes it. An answer sent asynchronously
 * closes the connection by its own {@code Connection: close}, which Tomcat then honours without reading.
 */
class UnreadBodyValve extends ValveBase {

    UnreadBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (!request.isAsync() && response.getStatus() >= 400 && !bodyFullyRead(request)) {
            if (!response.isCommitted()) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
            // the answer goes out whole first: Tomcat cuts a response short once the connection is marked to close
            response.finishResponse();
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    private static boolean bodyFullyRead(Request request) {
        AtomicBoolean read = new AtomicBoolean();
        request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, read);
        return read.get();
    }
}
