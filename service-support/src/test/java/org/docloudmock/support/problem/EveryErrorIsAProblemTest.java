package org.docloudmock.support.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.docloudmock.support.hostile.RawHttp;
import org.docloudmock.support.hostile.RawHttp.Answer;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 16: what Tomcat refuses itself, and what it cannot decode, is a problem too, and no ERROR in the log. */
@TestService
@ExtendWith(OutputCaptureExtension.class)
class EveryErrorIsAProblemTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void startFromScratch() {
        given().port(port).post("/admin/reset").then().statusCode(204);
    }

    static Stream<Arguments> refusedByTomcat() {
        String head = "Host: x\r\nConnection: close\r\n";
        return Stream.of(
                Arguments.of("an encoded slash in the path", "GET /geo%2Fx HTTP/1.1\r\n" + head + "\r\n"),
                Arguments.of("a backslash in the path", "GET /geo\\x HTTP/1.1\r\n" + head + "\r\n"),
                Arguments.of("an encoded NUL in the path", "GET /geo%00x HTTP/1.1\r\n" + head + "\r\n"),
                Arguments.of("a header over 8 KB", "GET /geo HTTP/1.1\r\n" + head + "X-Big: " + "a".repeat(9000) + "\r\n\r\n"),
                Arguments.of("two Content-Lengths", "POST /join/ HTTP/1.1\r\n" + head
                        + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
                Arguments.of("a request line that is not HTTP", "\u0001\u0002 / HTTP/1.1\r\n" + head + "\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedByTomcat(String what, String request, CapturedOutput output) throws Exception {
        Answer answer = RawHttp.exchange(port, request, Duration.ofSeconds(10));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("<html");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    static Stream<Arguments> undecodableQueries() {
        String many = IntStream.range(0, 1001).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        return Stream.of(Arguments.of("%zz=1"), Arguments.of("groupID=%FF%FE"), Arguments.of("eId=%C0%AF"), Arguments.of(many));
    }

    @ParameterizedTest
    @MethodSource
    void undecodableQueries(String query, CapturedOutput output) throws Exception {
        Answer answer = RawHttp.exchange(port, "GET /profile?" + query + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                Duration.ofSeconds(10));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        // the journal records what the client got
        given().port(port).get("/admin/requests").then().statusCode(200)
                .body("Status", org.hamcrest.Matchers.contains(400));
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.Test
    void aPathThatIsNotAUriReferenceIsAProblemWithoutAStackTrace(CapturedOutput output) throws Exception {
        Answer answer = RawHttp.exchange(port, "GET //geo//x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                Duration.ofSeconds(10));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }
}
