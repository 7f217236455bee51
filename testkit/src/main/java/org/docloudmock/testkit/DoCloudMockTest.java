package org.docloudmock.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against the whole DO Cloud Mock suite, embedded on free ports: the declarative form of
 * {@link DoCloudMockExtension}. One suite for the class (or, with {@link #reuseAcrossClasses()}, for every class
 * of the JVM that asks for the same options), reset before each test; test and lifecycle methods get a
 * {@link DoCloudMockRuntimeInfo} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DoCloudMockExtension.class)
public @interface DoCloudMockTest {

    /** Spring properties every service gets, as {@code name=value}: {@code "docloud.array.peer-ttl=5s"}. */
    String[] properties() default {};

    /** {@code docloud.admin.token}: every admin call then needs it; the test kit's admin client sends it. */
    String adminToken() default "";

    /** Share one suite with every test class of the JVM that asks for the same properties and token. */
    boolean reuseAcrossClasses() default false;
}
