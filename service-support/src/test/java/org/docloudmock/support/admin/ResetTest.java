package org.docloudmock.support.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.specification.RequestSpecification;
import org.docloudmock.support.testapp.TestCatalog;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TestService
class ResetTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCatalog catalog;

    RequestSpecification client() {
        return given().port(port);
    }

    @BeforeEach
    void startFromScratch() {
        client().post("/admin/reset").then().statusCode(204);
    }

    @Test
    void resetDropsRuntimeStateAndKeepsWhatWasConfigured() {
        client().contentType("application/octet-stream").body(new byte[10]).put("/content/registered").then().statusCode(201);
        client().get("/content/registered").then().statusCode(200);
        client().contentType("application/json").body("[{\"Path\":\"/nowhere\",\"Status\":503}]").put("/admin/faults")
                .then().statusCode(200);
        client().get("/admin/requests").then().body("$", hasSize(2));
        int resetsBefore = catalog.resets();

        client().post("/admin/reset").then().statusCode(204);

        assertThat(catalog.resets()).isEqualTo(resetsBefore + 1);
        client().get("/admin/requests").then().statusCode(200).body("$", empty());
        client().get("/admin/faults").then().statusCode(200).body("$", empty());
        client().get("/content/registered").then().statusCode(404);
        client().get("/content/" + TestCatalog.SEEDED).then().statusCode(200);
    }

    @Test
    void resetTakesNoBodyAndOnlyPost() {
        client().get("/admin/reset").then().statusCode(405).contentType("application/problem+json");
    }
}
