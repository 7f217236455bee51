package org.docloudmock.support.testapp;

import java.util.Arrays;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The ports Tomcat listens on, when there is more than the one Spring Boot reports. */
public final class ServerPorts {

    private ServerPorts() {
    }

    /** The port of the plain HTTP connector added beside HTTPS. */
    public static int plainHttp(WebServerApplicationContext context) {
        Connector[] connectors = ((TomcatWebServer) context.getWebServer()).getTomcat().getService().findConnectors();
        return Arrays.stream(connectors).filter(connector -> !connector.getSecure() && !"https".equals(connector.getScheme()))
                .mapToInt(Connector::getLocalPort).findFirst()
                .orElseThrow(() -> new AssertionError("no plain HTTP connector"));
    }
}
