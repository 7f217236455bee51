package org.docloudmock.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The whole DO Cloud Mock suite inside a JUnit 5 test: the five services in the test's JVM, each on a free port.
 * <pre>{@code
 * @RegisterExtension
 * static DoCloudMockExtension cloud = DoCloudMockExtension.newInstance()
 *         .property("docloud.array.peer-ttl", "5s")
 *         .build();
 * }</pre>
 * In a static field, one suite serves the test class; in an instance field, each test gets its own. Before each
 * test, every service is reset ({@code POST /admin/reset}): contents registered through the admin API, peers,
 * request journals and faults are gone. {@link DoCloudMockTest} is the declarative form.
 */
public final class DoCloudMockExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Null when the options come from {@link DoCloudMockTest} on the test class. */
    private final SuiteOptions options;
    private RunningSuite suite;
    /** The test class, or the single test, whose end stops the suite. */
    private String startedFor;

    /** For {@code @ExtendWith} and {@link DoCloudMockTest}: the options come from the annotation, if any. */
    public DoCloudMockExtension() {
        this(null);
    }

    private DoCloudMockExtension(SuiteOptions options) {
        this.options = options;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    /** Where the suite listens, and its admin API; only while it runs (from {@code beforeAll}, or {@code beforeEach} in an instance field). */
    public DoCloudMockRuntimeInfo runtimeInfo() {
        if (suite == null) {
            throw new IllegalStateException("DO Cloud Mock is not running: it starts before the test class "
                    + "(static field) or before each test (instance field)");
        }
        return suite.runtimeInfo();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // a @Nested class runs inside its enclosing class's suite
        if (suite == null) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (suite == null) {
            start(context);
        } else {
            suite.runtimeInfo().admin().reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DoCloudMockRuntimeInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (suite == null) {
            throw new ParameterResolutionException("DO Cloud Mock is not running yet: a static @RegisterExtension "
                    + "field starts it before the class, an instance field only before each test");
        }
        return suite.runtimeInfo();
    }

    private void start(ExtensionContext context) {
        SuiteOptions chosen = options != null ? options : annotatedOptions(context);
        suite = chosen.reuseAcrossClasses() ? SharedSuites.obtain(chosen) : RunningSuite.start(chosen);
        startedFor = context.getUniqueId();
    }

    private void stopIfStartedFor(ExtensionContext context) {
        if (suite != null && context.getUniqueId().equals(startedFor)) {
            if (!suite.shared()) {
                suite.close();
            }
            suite = null;
            startedFor = null;
        }
    }

    /** The nearest {@link DoCloudMockTest}, on the test class or a class enclosing it; defaults without one. */
    private static SuiteOptions annotatedOptions(ExtensionContext context) {
        for (Optional<ExtensionContext> each = Optional.of(context); each.isPresent(); each = each.get().getParent()) {
            Optional<DoCloudMockTest> annotation = each.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, DoCloudMockTest.class));
            if (annotation.isPresent()) {
                return options(annotation.get());
            }
        }
        return new SuiteOptions(Map.of(), false);
    }

    private static SuiteOptions options(DoCloudMockTest annotation) {
        Builder builder = newInstance().reuseAcrossClasses(annotation.reuseAcrossClasses());
        for (String property : annotation.properties()) {
            int equals = property.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("@DoCloudMockTest properties are name=value, not: " + property);
            }
            builder.property(property.substring(0, equals).trim(), property.substring(equals + 1).trim());
        }
        if (!annotation.adminToken().isEmpty()) {
            builder.adminToken(annotation.adminToken());
        }
        return builder.options();
    }

    public static final class Builder {

        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean reuseAcrossClasses;

        private Builder() {
        }

        /** A Spring property every service gets, such as {@code docloud.array.peer-ttl=5s}; a port given here is kept. */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** Sets {@code docloud.admin.token}: admin calls then need it, and {@link DoCloudAdmin} sends it. */
        public Builder adminToken(String token) {
            return property(SuiteOptions.ADMIN_TOKEN, token);
        }

        /**
         * Shares one suite with every test class in the JVM that asks for the same properties: started by the
         * first, stopped when the JVM exits. Tests still start from a reset suite.
         */
        public Builder reuseAcrossClasses(boolean reuse) {
            this.reuseAcrossClasses = reuse;
            return this;
        }

        public DoCloudMockExtension build() {
            return new DoCloudMockExtension(options());
        }

        private SuiteOptions options() {
            return new SuiteOptions(properties, reuseAcrossClasses);
        }
    }
}
