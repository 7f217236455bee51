package org.docloudmock.support.readiness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import org.docloudmock.support.testapp.StartupWork;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TestService
class ReadinessTest {

    @LocalServerPort
    int port;

    @Autowired
    StartupWork startupWork;

    RequestSpecification client() {
        return given().port(port);
    }

    @AfterEach
    void finishStartupWork() {
        startupWork.set(true);
    }

    @Test
    void readyOnceStartedAndEveryReadinessCheckIsReady() {
        client().get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"))
                .body("components.readinessChecks.details.startupWork", equalTo("ready"));
    }

    @Test
    void notReadyWhileAServiceIsStillDoingItsStartupWork() {
        startupWork.set(false);

        client().get("/actuator/health/readiness").then().statusCode(503).body("status", equalTo("OUT_OF_SERVICE"))
                .body("components.readinessChecks.details.startupWork", equalTo("starting"))
                .body("components.readinessState.status", equalTo("UP"));
        client().get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));

        startupWork.set(true);

        client().get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
    }
}
