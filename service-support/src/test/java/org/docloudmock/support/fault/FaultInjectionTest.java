package org.docloudmock.support.fault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@TestService
class FaultInjectionTest {

    @LocalServerPort
    int port;

    RequestSpecification client() {
        return given().port(port);
    }

    void arm(String rules) {
        client().contentType("application/json").body(rules).put("/admin/faults").then().statusCode(200);
    }

    @BeforeEach
    void startFromScratch() {
        client().post("/admin/reset").then().statusCode(204);
    }

    @Test
    void answersTheStatusOfTheRuleAsAProblem() {
        arm("""
                [{"Path":"/geo","Method":"GET","Status":503,"DelayMs":0,"Drop":false,"Probability":1.0,"Count":null,"Seed":null}]""");

        client().get("/geo").then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("title", equalTo("Service Unavailable"));
        client().post("/geo").then().statusCode(405); // another method: not this rule
        client().get("/geo/elsewhere").then().statusCode(404); // /geo is exactly /geo

        assertThat(client().get("/admin/requests?path=/geo").jsonPath().getList("Fault"))
                .containsExactly("Status 503", null, null);
    }

    @Test
    void aStatusWithoutAReasonPhraseIsTitledAnInjectedFault() {
        arm("""
                [{"Path":"/geo","Status":599}]""");

        String body = client().get("/geo?x=1").then().statusCode(599).contentType("application/problem+json")
                .extract().asString();

        assertThat(JsonMapper.builder().build().readTree(body).propertyNames())
                .containsExactly("type", "title", "status", "detail", "instance");
        client().get("/geo").then().body("type", equalTo("about:blank")).body("title", equalTo("Injected fault"))
                .body("status", equalTo(599)).body("detail", startsWith("Injected by the fault rule"))
                .body("instance", equalTo("/geo"));
    }

    @Test
    void addsLatencyAndThenServesAsUsual() {
        arm("""
                [{"Path":"/content/**","DelayMs":200}]""");

        long started = System.nanoTime();
        client().get("/content/seeded-content").then().statusCode(200);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(200);
        assertThat(client().get("/admin/requests").jsonPath().getLong("[0].DurationMs")).isGreaterThanOrEqualTo(200);
        assertThat(client().get("/admin/requests").jsonPath().getString("[0].Fault")).isEqualTo("DelayMs 200");
    }

    @Test
    void dropClosesTheConnectionWithoutAnyResponse() throws IOException {
        arm("""
                [{"Path":"/geo","Drop":true}]""");

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /geo HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // end of stream at once, on a keep-alive request: not even a status line
            assertThat(in.readAllBytes()).isEmpty();
        }
        // REST Assured's client retries a GET that got no response, then gives up
        assertThatThrownBy(() -> client().get("/geo")).isInstanceOf(IOException.class);

        assertThat(client().get("/admin/requests").jsonPath().getList("Status", Integer.class)).hasSizeGreaterThan(1).containsOnly(0);
        assertThat(client().get("/admin/requests").jsonPath().getList("Fault")).containsOnly("Drop");
    }

    @Test
    void theSameSeedHitsTheSameRequests() {
        String rule = """
                [{"Path":"/geo","Status":503,"Probability":0.5,"Seed":7}]""";
        arm(rule);
        List<Integer> first = statusesOf(20, "/geo");
        arm(rule);
        List<Integer> second = statusesOf(20, "/geo");

        Random draws = new Random(7);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(draws.nextDouble() < 0.5 ? 503 : 200);
        }
        assertThat(first).isEqualTo(second).isEqualTo(expected).contains(200, 503);
    }

    @Test
    void countLimitsHowManyRequestsAreHit() {
        arm("""
                [{"Path":"/**","Status":500,"Count":2}]""");

        assertThat(statusesOf(3, "/geo")).containsExactly(500, 500, 200);
    }

    @Test
    void theFirstRuleThatFiresDecides() {
        arm("""
                [{"Path":"/content/seeded-content","Status":429,"Count":1},{"Path":"/content/**","Status":502}]""");

        assertThat(statusesOf(2, "/content/seeded-content")).containsExactly(429, 502);
    }

    @Test
    void rulesAreListedWithTheirDefaultsAndCanBeCleared() {
        arm("""
                [{"Path":"/geo","Method":"get","Status":503}]""");

        client().get("/admin/faults").then().statusCode(200).body("", hasSize(1))
                .body("[0].Path", equalTo("/geo")).body("[0].Method", equalTo("GET"))
                .body("[0].Status", equalTo(503)).body("[0].DelayMs", equalTo(0)).body("[0].Drop", equalTo(false))
                .body("[0].Probability", equalTo(1.0f)).body("[0].Count", equalTo(null)).body("[0].Seed", equalTo(null));

        client().delete("/admin/faults").then().statusCode(204);

        client().get("/admin/faults").then().statusCode(200).body("$", empty());
        client().get("/geo").then().statusCode(200);
    }

    @Test
    void operationalPathsAreNeverFaulted() {
        arm("""
                [{"Path":"/**","Status":503}]""");

        client().get("/actuator/health").then().statusCode(200);
        client().get("/v3/api-docs").then().statusCode(200);
        client().get("/admin/faults").then().statusCode(200);
        client().get("/geo").then().statusCode(503);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[{\"Path\":\"/geo\",\"DelayMs\":-1}]                       | [0].DelayMs",
            "[{\"Path\":\"/geo\",\"Status\":503,\"Probability\":1.5}]   | [0].Probability",
            "[{\"Path\":\"/geo\",\"Status\":600}]                       | [0].Status",
            "[{\"Path\":\"/geo\",\"Status\":99}]                        | [0].Status",
            "[{\"Path\":\"/geo\",\"Status\":503},{\"Path\":\"/content/{id\",\"Status\":503}] | [1].Path",
            "[{\"Path\":\"geo\",\"Status\":503}]                        | [0].Path",
            "[{\"Status\":503}]                                         | [0].Path",
            "[{\"Path\":\"/geo\",\"Status\":503,\"Count\":0}]           | [0].Count",
            "[{\"Path\":\"/geo\",\"Status\":503,\"Drop\":true}]         | [0].Drop",
            "[{\"Path\":\"/geo\"}]                                      | [0].Status",
            "[{\"Path\":\"/geo\",\"Status\":\"soon\"}]                  | [0].Status",
            "[{\"Path\":\"/geo\",\"Status\":503,\"Probabilty\":0.5}]    | [0].Probabilty",
            "[null]                                                     | [0]"})
    void aBadRuleIsA400NamingTheFieldAndChangesNothing(String rules, String field) {
        arm("""
                [{"Path":"/content/**","Status":502}]""");
        String before = client().get("/admin/faults").asString();

        client().contentType("application/json").body(rules).put("/admin/faults")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field));

        assertThat(client().get("/admin/faults").asString()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsA400() {
        client().contentType("application/json").body("not json").put("/admin/faults")
                .then().statusCode(400).contentType("application/problem+json");
        client().contentType("application/json").body("{\"Path\":\"/geo\"}").put("/admin/faults")
                .then().statusCode(400).contentType("application/problem+json");
        client().get("/admin/faults").then().body("$", empty());
    }

    private List<Integer> statusesOf(int requests, String path) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(client().get(path).statusCode());
        }
        return statuses;
    }
}
