package org.docloudmock.support.readiness;

/**
 * Start-up work a service must finish before it can serve, such as hashing the files of a seed folder
 * in the background. Declare one as a bean: {@code /actuator/health/readiness} stays
 * {@code OUT_OF_SERVICE} (503) until every such bean is ready, and shows which ones are not, under
 * their bean names. Liveness is not affected.
 */
@FunctionalInterface
public interface ReadinessCheck {

    boolean ready();
}
