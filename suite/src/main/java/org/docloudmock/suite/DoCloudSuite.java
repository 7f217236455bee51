package org.docloudmock.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.docloudmock.array.ArrayApplication;
import org.docloudmock.contentpolicy.ContentPolicyApplication;
import org.docloudmock.discovery.DiscoveryApplication;
import org.docloudmock.geo.GeoApplication;
import org.docloudmock.kv.KeyValueApplication;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.suite.front.Front;
import org.docloudmock.support.logging.LogFormat;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * The five services in one JVM, each in its own Spring context on its own port, as the launcher and the
 * test kit start them. Options are Spring properties ({@code --docloud.geo.port=9081}); a port of 0 is
 * replaced by a free port before any service starts, so every service advertises the right URLs.
 */
public final class DoCloudSuite implements AutoCloseable {

    private static final Map<ServiceEndpoint, Class<?>> APPLICATIONS = new EnumMap<>(Map.of(
            ServiceEndpoint.GEO, GeoApplication.class,
            ServiceEndpoint.KV, KeyValueApplication.class,
            ServiceEndpoint.CONTENT_POLICY, ContentPolicyApplication.class,
            ServiceEndpoint.DISCOVERY, DiscoveryApplication.class,
            ServiceEndpoint.ARRAY, ArrayApplication.class));

    /**
     * Logging is set up once for the JVM, so a per-service application name in each line would be one
     * service's name on every line; request threads are named after their port ({@code http-nio-8085-exec-1}).
     */
    private static final Map<String, Object> SHARED_PROPERTIES = Map.of(
            "spring.main.banner-mode", "off",
            "logging.include-application-name", "false",
            // the suite is what a lab points Microsoft's troubleshooter at
            "docloud.content-policy.troubleshooter-files", "true");

    private final Map<ServiceEndpoint, ConfigurableApplicationContext> contexts;
    private Front front;

    private DoCloudSuite(Map<ServiceEndpoint, ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /** Starts the five services in parallel; if one fails, the others are stopped and the failure is thrown. */
    public static DoCloudSuite start(String... args) {
        String[] resolvedArgs = withFreePorts(args);
        initializeLoggingOnce(resolvedArgs);
        Map<ServiceEndpoint, CompletableFuture<ConfigurableApplicationContext>> starting = new EnumMap<>(ServiceEndpoint.class);
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();
            // the start-up thread carries the service's name, so its start-up log lines say whose they are
            Thread starter = new Thread(() -> {
                try {
                    context.complete(new SpringApplicationBuilder(APPLICATIONS.get(service))
                            .properties(SHARED_PROPERTIES)
                            .run(resolvedArgs));
                } catch (Throwable e) {
                    context.completeExceptionally(e);
                }
            }, service.serviceName());
            starter.start();
            starting.put(service, context);
        }
        Map<ServiceEndpoint, ConfigurableApplicationContext> started = new EnumMap<>(ServiceEndpoint.class);
        List<Throwable> failures = new ArrayList<>();
        starting.forEach((service, future) -> {
            try {
                started.put(service, future.join());
            } catch (CompletionException e) {
                failures.add(new IllegalStateException(service.serviceName() + " did not start: " + reason(e.getCause()), e.getCause()));
            }
        });
        if (!failures.isEmpty()) {
            started.values().forEach(ConfigurableApplicationContext::close);
            IllegalStateException failure = new IllegalStateException(failures.get(0).getMessage(), failures.get(0));
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
        DoCloudSuite suite = new DoCloudSuite(started);
        try {
            suite.front = Front.start(loggingEnvironment(resolvedArgs), suite::port).orElse(null);
        } catch (RuntimeException e) {
            suite.close();
            throw new IllegalStateException("the front did not start: " + reason(e), e);
        }
        return suite;
    }

    /** The host-name front, when {@code docloud.front.port} or {@code docloud.front.https-port} is set. */
    public Optional<Front> front() {
        return Optional.ofNullable(front);
    }

    /** The port a service listens on. */
    public int port(ServiceEndpoint service) {
        return ((WebServerApplicationContext) contexts.get(service)).getWebServer().getPort();
    }

    /** The base URL a client reaches a service at, such as {@code http://localhost:8081} ({@code https} with TLS on). */
    public String url(ServiceEndpoint service) {
        Environment environment = contexts.get(service).getEnvironment();
        return environment.getProperty("docloud.advertised-scheme") + "://" + environment.getProperty(service.hostProperty())
                + ":" + port(service);
    }

    /** The Spring context of one service, for tests and tools that reach into it. */
    public ConfigurableApplicationContext context(ServiceEndpoint service) {
        return contexts.get(service);
    }

    @Override
    public void close() {
        if (front != null) {
            front.close();
        }
        contexts.values().parallelStream().forEach(ConfigurableApplicationContext::close);
    }

    /** Five contexts starting at once would each reset Logback and race to add appenders: set it up first, once. */
    private static void initializeLoggingOnce(String[] args) {
        ConfigurableEnvironment environment = loggingEnvironment(args);
        LoggingSystem logging = LoggingSystem.get(DoCloudSuite.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
    }

    /**
     * What the services share of their configuration, for logging and the front: the command line, the environment and
     * {@code docloud.yml} (read from where Spring Boot reads config files), as each service would see them.
     */
    static ConfigurableEnvironment loggingEnvironment(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        environment.getPropertySources().addLast(new MapPropertySource("suite", SHARED_PROPERTIES));
        environment.getPropertySources().addLast(new MapPropertySource("sharedConfigFile", Map.of("spring.config.name", "docloud")));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        LogFormat.apply(environment);
        return environment;
    }

    private static String[] withFreePorts(String[] args) {
        List<String> resolved = new ArrayList<>(Arrays.asList(args));
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            String zero = "--" + service.portProperty() + "=0";
            int index = resolved.indexOf(zero);
            if (index >= 0) {
                resolved.set(index, "--" + service.portProperty() + "=" + freePort());
            }
        }
        return resolved.toArray(String[]::new);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }

    /**
     * What Spring Boot's start-up report would say ("Port 8081 was already in use", the property that failed to
     * bind), from its own failure analyzers; else the root cause's message. Analyzers that need the failed
     * context are left out: it is closed by now.
     */
    private static String reason(Throwable failure) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(DoCloudSuite.class.getClassLoader())
                .load(FailureAnalyzer.class, FailureHandler.handleMessage((message, cause) -> { }));
        for (FailureAnalyzer analyzer : analyzers) {
            try {
                FailureAnalysis analysis = analyzer.analyze(failure);
                if (analysis != null) {
                    return analysis.getDescription();
                }
            } catch (RuntimeException analyzerFailed) {
                // an analyzer that cannot analyze this failure: the next one may
            }
        }
        return rootMessage(failure);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
