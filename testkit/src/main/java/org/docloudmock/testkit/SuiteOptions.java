package org.docloudmock.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * How a suite is started: the Spring properties every service gets, and whether it is shared. Two test
 * classes that ask for a shared suite with equal properties get the same one.
 */
record SuiteOptions(Map<String, String> properties, boolean reuseAcrossClasses) {

    static final String ADMIN_TOKEN = "docloud.admin.token";

    SuiteOptions {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** The launcher's arguments: every port free unless a property fixes it, then the properties. */
    String[] args() {
        List<String> args = new ArrayList<>();
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            if (!properties.containsKey(service.portProperty())) {
                args.add("--" + service.portProperty() + "=0");
            }
        }
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return args.toArray(String[]::new);
    }

    /** The admin token the services were given, null when admin calls need none. */
    String adminToken() {
        return properties.get(ADMIN_TOKEN);
    }
}
