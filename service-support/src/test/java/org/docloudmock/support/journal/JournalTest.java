package org.docloudmock.support.journal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.docloudmock.support.testapp.ContentLikeController;
import org.docloudmock.support.testapp.TestCatalog;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@TestService
class JournalTest {

    @LocalServerPort
    int port;

    RequestSpecification client() {
        return given().port(port);
    }

    @BeforeEach
    void startFromScratch() {
        client().post("/admin/reset").then().statusCode(204);
    }

    @Test
    void recordsWhatTheClientSentAndWhatItGot() {
        client().header("User-Agent", "Microsoft-Delivery-Optimization/10.0")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Not-Chosen", "not recorded")
                .get("/geo?doClientVersion=10.0.19041.1&Profile=768")
                .then().statusCode(200);

        JsonPath journal = client().get("/admin/requests").then().statusCode(200).extract().jsonPath();

        assertThat(journal.getList("$")).hasSize(1);
        Map<String, Object> entry = journal.getMap("[0]");
        assertThat(entry).containsEntry("Method", "GET").containsEntry("Path", "/geo")
                .containsEntry("Query", "doClientVersion=10.0.19041.1&Profile=768")
                .containsEntry("Status", 200).containsEntry("ClientIp", "203.0.113.7")
                .containsEntry("BodySize", 0).containsEntry("Fault", null)
                .containsKeys("DurationMs", "Timestamp");
        assertThat(journal.getMap("[0].Headers")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "User-Agent", "Microsoft-Delivery-Optimization/10.0", "X-Forwarded-For", "203.0.113.7"));
        assertThat(journal.getString("[0].Timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void recordsTheBodySizeWithOrWithoutContentLength() {
        client().contentType("application/octet-stream").body(new byte[1234]).put("/content/with-length")
                .then().statusCode(201);
        byte[] chunked = new byte[3000];
        client().contentType("application/octet-stream").body(new ByteArrayInputStream(chunked))
                .put("/content/chunked").then().statusCode(201);

        JsonPath journal = client().get("/admin/requests").jsonPath();

        assertThat(journal.getList("BodySize", Integer.class)).containsExactly(1234, 3000);
        assertThat(journal.getString("[0].Headers.Content-Type")).startsWith("application/octet-stream");
    }

    @Test
    void recordsErrorsWithTheStatusTheClientGot() {
        client().get("/content/unknown").then().statusCode(404);
        client().get("/broken").then().statusCode(500);

        assertThat(client().get("/admin/requests").jsonPath().getList("Status", Integer.class)).containsExactly(404, 500);
    }

    @Test
    void recordsAStreamedAnswerOnceItIsComplete() {
        client().get("/content/" + TestCatalog.SEEDED + "/payload").then().statusCode(200);

        // the stream completes on another thread, maybe after the client has read the last byte
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(client().get("/admin/requests").jsonPath()
                .getList("Path")).containsExactly("/content/" + TestCatalog.SEEDED + "/payload"));
        JsonPath journal = client().get("/admin/requests").jsonPath();
        assertThat(journal.getInt("[0].Status")).isEqualTo(200);
        assertThat(journal.getLong("[0].DurationMs")).isGreaterThanOrEqualTo(ContentLikeController.STREAMING_MS);
    }

    @Test
    void keepsOnlyThePublicEndpointsNewestLast() {
        client().get("/geo").then().statusCode(200);
        client().get("/actuator/health").then().statusCode(200);
        client().get("/v3/api-docs").then().statusCode(200);
        client().get("/admin/faults").then().statusCode(200);
        client().get("/content/" + TestCatalog.SEEDED).then().statusCode(200);

        List<String> paths = client().get("/admin/requests").jsonPath().getList("Path");

        assertThat(paths).containsExactly("/geo", "/content/seeded-content");
    }

    @Test
    void filtersByPathPrefix() {
        client().get("/geo").then().statusCode(200);
        client().get("/content/a").then().statusCode(404);
        client().get("/content/b").then().statusCode(404);

        assertThat(client().get("/admin/requests?path=/content/").jsonPath().getList("Path"))
                .containsExactly("/content/a", "/content/b");
        client().get("/admin/requests?path=/nothing").then().statusCode(200).body("$", empty());
    }

    @Test
    void deleteClearsTheJournal() {
        client().get("/geo").then().statusCode(200);
        client().get("/admin/requests").then().body("$", hasSize(1));

        client().delete("/admin/requests").then().statusCode(204);

        client().get("/admin/requests").then().statusCode(200).body("$", empty());
    }
}
