package org.docloudmock.support.testapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@TestService
class PrometheusTest {

    @LocalServerPort
    int port;

    RequestSpecification client() {
        return given().port(port);
    }

    @Test
    void exposesHttpAndDomainMetrics() {
        client().get("/geo").then().statusCode(200);
        client().contentType("application/json").body("[{\"Path\":\"/content/**\",\"Status\":503,\"Count\":1}]")
                .put("/admin/faults").then().statusCode(200);
        client().get("/content/anything").then().statusCode(503);

        String scrape = client().get("/actuator/prometheus").then().statusCode(200).extract().asString();

        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/geo\"[^}]*\\}")
                .containsPattern("docloud_test_geo_lookups_total\\{[^}]*application=\"geo-service\"[^}]*\\} [1-9]")
                .containsPattern("docloud_faults_injected_total\\{[^}]*kind=\"status\"[^}]*\\} [1-9]");
        client().post("/admin/reset").then().statusCode(204);
    }
}
