package org.docloudmock.support.fault;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Gives the fault filter a way to close a connection without any response. The servlet API cannot: a
 * servlet that writes nothing still gets a status line. Tomcat's {@code CLOSE_NOW} action discards
 * the response and closes the socket, as Tomcat itself does when a client goes away mid-request.
 */
class ConnectionDropValve extends ValveBase {

    private static final String ATTRIBUTE = ConnectionDropValve.class.getName();

    ConnectionDropValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, (Runnable) () -> response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null));
        getNext().invoke(request, response);
    }

    /** Closes the request's connection once the filter chain returns; nothing is written. */
    static void drop(ServletRequest request) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof Runnable drop)) {
            throw new IllegalStateException("Dropping a connection needs Tomcat, with " + ConnectionDropValve.class.getSimpleName());
        }
        drop.run();
    }
}
