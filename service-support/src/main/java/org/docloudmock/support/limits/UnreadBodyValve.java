package org.docloudmock.support.limits;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * When a body is refused before it is read (413 by its {@code Content-Length}), Tomcat would read the rest of it
 * on a worker thread to keep the connection: a slow client would hold that worker for as long as it likes. This
 * valve gives the filter a way to have Tomcat close the connection instead; the servlet API has none.
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
    }

    /** Closes the connection after the answer, which must be complete and committed, instead of reading the rest of the body. */
    static void closeWithoutReading(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Runnable close) {
            close.run();
        }
    }
}
