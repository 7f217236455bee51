package org.docloudmock.contentpolicy.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.docloudmock.support.hostile.Latencies;
import org.docloudmock.support.hostile.RawHttp;
import org.docloudmock.support.hostile.SlowClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16: an upload that dribbles in held one of Tomcat's workers for as long as it lasted; enough of them and
 * every other request waited. Uploads are now read without a worker, and refused (408) once slower than
 * docloud.content.min-upload-rate. Tomcat runs 8 workers here, so that 24 slow uploads would hold all of them.
 * The bound is relative to the same machine's latency without the slow uploads (see SlowClientsTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=2",
        "docloud.limits.body-timeout=2s", "docloud.content.min-upload-rate=1KB"})
class SlowUploadsTest {

    static final int SLOW_UPLOADS = 24;
    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("docloud.data-dir", () -> dataDir.toString());
    }

    @Test
    void slowUploadsHoldNoWorkerAndAreRefusedOnceTooSlow() throws Exception {
        RestAssured.port = port;
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":1000}}").put("/admin/contents/beside")
                .then().statusCode(201);

        Latencies alone = Latencies.measure(Duration.ofSeconds(2), this::contentPolicy);
        Latencies withSlowUploads;
        try (SlowClients slow = SlowClients.sendingBodies(port, SLOW_UPLOADS, "PUT", "/admin/contents/slow/payload",
                "application/octet-stream", 5000, Duration.ofSeconds(1))) {
            withSlowUploads = Latencies.measure(Duration.ofSeconds(4), this::contentPolicy);
            System.out.println("content policies alone: " + alone + "; beside " + SLOW_UPLOADS + " slow uploads: " + withSlowUploads);

            assertThat(withSlowUploads.failures()).isZero();
            assertThat(withSlowUploads.percentile(0.99)).isLessThan(Math.max(100, 5 * alone.percentile(0.99)));
            await().atMost(Duration.ofSeconds(10)).until(() -> slow.answeredWith(408) == SLOW_UPLOADS);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> partialUploads() == 0);
        given().get("/admin/contents/slow").then().statusCode(404);
    }

    private boolean contentPolicy() throws IOException {
        return RawHttp.exchange(port, "GET /content/beside/contentpolicy HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                Duration.ofSeconds(5)).status() == 200;
    }

    private static long partialUploads() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(file -> file.toString().endsWith(".upload")).count();
        }
    }
}
