package org.docloudmock.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * Starts each service of a deployment with the environment its container gets, and names every variable no
 * service reads: a misspelt or removed property fails the check by name, where it is set.
 */
final class EnvironmentCheck {

    /** Variables read before Spring: by the JVM, or by the images' scripts in docker/. */
    static final Map<String, String> READ_OUTSIDE_SPRING = Map.of(
            "JAVA_TOOL_OPTIONS", "the JVM",
            "DOCLOUD_TRUST_GATEWAY", "docker/docloud-entrypoint",
            "DOCLOUD_JAVA_OPTIONS", "docker/docloud-entrypoint",
            "DOCLOUD_HEALTH_PORTS", "docker/docloud-health");

    /**
     * One service's container: the variables set for it alone, and those it takes from sources several
     * containers share (a ConfigMap, a stack file's common block), by the source's name.
     */
    record Container(ServiceEndpoint service, String where, Map<String, String> own, Map<String, Map<String, String>> shared) {

        Map<String, String> all() {
            Map<String, String> all = new LinkedHashMap<>();
            shared.values().forEach(all::putAll);
            all.putAll(own);
            return all;
        }
    }

    private EnvironmentCheck() {
    }

    /**
     * The variables nobody reads, each as "where: NAME ...". A container's own variable must be read by its
     * service; a shared one by at least one of the services that get it. {@code testValues} replace values that
     * cannot work in a test JVM (a data directory), keeping the names; {@code alsoCheck} sees each started service.
     */
    static List<String> unreadVariables(List<Container> containers, Map<String, String> testValues,
                                        Consumer<StartedService> alsoCheck) {
        List<String> unread = new ArrayList<>();
        Map<String, Set<String>> sharedUnread = new LinkedHashMap<>();
        for (Container container : containers) {
            Map<String, String> variables = new HashMap<>(container.all());
            testValues.forEach((name, value) -> variables.replace(name, value));
            Set<String> read;
            try (StartedService started = StartedService.start(container.service(), variables)) {
                alsoCheck.accept(started);
                read = new HashSet<>(started.readVariables());
            }
            read.addAll(READ_OUTSIDE_SPRING.keySet());
            container.own().keySet().stream().filter(name -> !read.contains(name)).sorted().forEach(name -> unread.add(
                    container.where() + ": " + name + " is set for " + container.service().serviceName()
                            + ", which reads no such property"));
            container.shared().forEach((source, shared) -> {
                Set<String> stillUnread = sharedUnread.computeIfAbsent(source, any -> new HashSet<>(shared.keySet()));
                stillUnread.removeAll(read);
            });
        }
        sharedUnread.forEach((source, names) -> names.stream().sorted().forEach(name -> unread.add(
                source + ": " + name + " is given to services none of which reads such a property")));
        return unread;
    }
}
