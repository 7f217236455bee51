package org.docloudmock.support.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/reset", "/admin/contents/x", "/actuator/prometheus", "/v3/api-docs",
            "/v3/api-docs/swagger-config", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html"})
    void theSuitesOwnOperations(String path) {
        assertThat(OperationalPaths.contains(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/geo", "/all", "/content/admin", "/administrator", "/actuatorish", "/swagger-uix", "/"})
    void notTheDoEndpoints(String path) {
        assertThat(OperationalPaths.contains(path)).isFalse();
    }
}
