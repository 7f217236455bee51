package org.docloudmock.support.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import org.docloudmock.support.testapp.LockedDownTestService;
import org.docloudmock.support.testapp.ServerPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

@LockedDownTestService
class AdminTokenTest {

    @Autowired
    WebServerApplicationContext context;

    int port;

    @BeforeEach
    void plainHttpPort() {
        port = ServerPorts.plainHttp(context);
    }

    RequestSpecification client() {
        return given().port(port);
    }

    @Test
    void adminCallsWithoutTheTokenAre401Problems() {
        client().post("/admin/reset").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        client().get("/admin/requests").then().statusCode(401);
        client().get("/admin/faults").then().statusCode(401);
        // the services' own admin paths too
        client().get("/admin/contents").then().statusCode(401);
    }

    @Test
    void aWrongTokenIsRefused() {
        client().header("Authorization", "Bearer not-" + LockedDownTestService.TOKEN).get("/admin/faults")
                .then().statusCode(401).contentType("application/problem+json");
        client().header("Authorization", "Bearer " + LockedDownTestService.TOKEN + "x").get("/admin/faults")
                .then().statusCode(401);
        client().header("Authorization", "Basic " + LockedDownTestService.TOKEN).get("/admin/faults")
                .then().statusCode(401);
    }

    @Test
    void theRightTokenOpensTheAdminApi() {
        RequestSpecification admin = client().header("Authorization", "Bearer " + LockedDownTestService.TOKEN);

        admin.get("/admin/faults").then().statusCode(200);
        admin.post("/admin/reset").then().statusCode(204);
        admin.get("/admin/contents").then().statusCode(404);
    }

    @Test
    void publicEndpointsAndActuatorNeedNoToken() {
        client().get("/geo").then().statusCode(200);
        client().get("/actuator/health/readiness").then().statusCode(200);
        client().get("/v3/api-docs").then().statusCode(200);
    }
}
