package org.docloudmock.containers;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The images under test, built once per run by docker/build-images.sh on the Debian-built base. */
final class Images {

    /**
     * A tag of the tests' own: on a shared engine, docloud-mock/*:0.1.0-SNAPSHOT may be rebuilt meanwhile from
     * another checkout's jars. docker-compose.yml takes it from DOCLOUD_IMAGE_TAG too.
     */
    static final String TAG = "container-tests";
    static final String BASE = "docloud-mock/jre-base:17";
    static final List<String> SERVICES =
            List.of("geo-service", "kv-service", "content-policy-service", "discovery-service", "array-service");

    private static Shell.Result build;

    private Images() {
    }

    static String of(String name) {
        return "docloud-mock/" + name + ":" + TAG;
    }

    /** Runs docker/build-images.sh (all six, and the base when absent) once, and fails if it did. */
    static synchronized Shell.Result built() {
        if (build == null) {
            // BASE_IMAGE unset: the script's default, the Debian-built base, made by build-base-image.sh if absent
            Map<String, String> environment = new java.util.HashMap<>(Map.of("DOCLOUD_IMAGE_TAG", TAG));
            List<String> command = List.of("bash", "-c", "unset BASE_IMAGE; exec docker/build-images.sh");
            build = Shell.run(environment, Duration.ofMinutes(30), command);
        }
        build.orFail();
        return build;
    }
}
