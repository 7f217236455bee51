package org.docloudmock.support.docs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.docloudmock.support.admin.OperationalPaths;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@TestService
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    RequestSpecification client() {
        return given().port(port);
    }

    @Test
    void listsEveryEndpointOfTheService() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> !path.equals("/error") && (!OperationalPaths.contains(path) || path.startsWith("/admin")))
                .forEach(served::add));

        Map<String, Object> documented = client().get("/v3/api-docs").then().statusCode(200)
                .extract().jsonPath().getMap("paths");

        assertThat(served).contains("/geo", "/content/{contentId}", "/admin/reset", "/admin/requests", "/admin/faults");
        assertThat(documented.keySet()).containsAll(served);
    }

    @Test
    void theClientAddressIsNotARequestParameter() {
        assertThat(client().get("/v3/api-docs").jsonPath().getList("paths.'/geo'.get.parameters")).isNullOrEmpty();
    }

    @Test
    void namesTheServiceAndKeepsActuatorOut() {
        client().get("/v3/api-docs").then().statusCode(200)
                .body("info.title", containsString("geo-service"))
                .body("paths", not(hasKey("/actuator/health")));
    }

    @Test
    void adminOperationsCarryExamplesAndNeedTheToken() {
        JsonPath docs = client().get("/v3/api-docs").jsonPath();

        assertThat(docs.getMap("paths.'/admin/faults'.put.requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(docs.getMap("paths.'/admin/requests'.get.responses.'200'.content.'application/json'.examples")).isNotEmpty();
        assertThat(docs.getList("paths.'/admin/reset'.post.security")).isNotEmpty();
        assertThat(docs.getMap("paths.'/admin/reset'.post.responses")).containsKey("401");
        assertThat(docs.getMap("components.securitySchemes.adminToken")).containsEntry("scheme", "bearer");
        assertThat(docs.getList("paths.'/geo'.get.security")).isNull();
    }

    @Test
    void swaggerUiIsServed() {
        client().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200)
                .body(containsString("swagger"));
    }
}
