package org.docloudmock.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What goes wrong when starting docker-compose.yml is named, and torn down. */
@ExtendWith(DockerEngine.class)
class ComposeFailuresContainerIT {

    @Test
    void aPortTakenOnTheHostFailsTheStartNamingThePort() throws Exception {
        Images.built();
        try (ServerSocket taken = new ServerSocket();
                ComposeProject project = new ComposeProject("docloud-port-taken", Map.of())) {
            taken.bind(new InetSocketAddress("0.0.0.0", 8083));
            var up = project.up();
            assertThat(up.exitCode()).isNotZero();
            assertThat(up.output()).contains("0.0.0.0:8083").contains("content-policy-service");
            project.down();
        }
    }

    @Test
    void aServiceThatNeverTurnsHealthyFailsTheStartNamingIt() {
        Images.built();
        try (ComposeProject project = new ComposeProject("docloud-never-healthy", Map.of(),
                Shell.REPO.resolve("container-tests/src/test/resources/array-never-healthy.yml"))) {
            var up = project.up();
            assertThat(up.exitCode()).isNotZero();
            assertThat(up.output()).contains("wait-healthy: array-service is running, health unhealthy");
            project.down();
        }
    }
}
