package org.docloudmock.contentpolicy.admin;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.docloudmock.contentpolicy.RunningContentService;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentAdminEndpointTest extends RunningContentService {

    private static final PiecesHashFile REAL = hashOf(randomBytes(2_500_000));
    private static final Path PAYLOADS = DATA_DIR.resolve("content-policy").resolve("payloads");

    @Test
    void putRegistersAContentThenReplacesIt() {
        given().contentType(ContentType.JSON).body("""
                        {"Synthetic":{"Size":3000,"Seed":1},"PieceSize":1024,"P2PAllowed":false,"AltCatalogIds":["http://cdn.test/put.cab"]}""")
                .put("/admin/contents/{contentId}", "put+me=")
                .then().statusCode(201).header("Location", "/admin/contents/put+me=")
                .body("ContentId", equalTo("put+me=")).body("Source", equalTo("Synthetic"))
                .body("ContentLength", equalTo(3000)).body("PieceSize", equalTo(1024)).body("PieceCount", equalTo(3))
                .body("Seed", equalTo(1)).body("P2PAllowed", equalTo(false))
                .body("AltCatalogIds", equalTo(List.of("http://cdn.test/put.cab")));

        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":5000,\"Seed\":2},\"Policies\":{\"MaxCacheAgeSecs\":60}}")
                .put("/admin/contents/{contentId}", "put+me=")
                .then().statusCode(200).body("ContentLength", equalTo(5000));

        given().get("/admin/contents/{contentId}", "put+me=").then().statusCode(200)
                .body("ContentLength", equalTo(5000)).body("P2PAllowed", equalTo(true))
                .body("AltCatalogIds", equalTo(List.of())).body("Policies.MaxCacheAgeSecs", equalTo(60));
    }

    @Test
    void postDerivesTheIdAsDoDoesAndAnswers200ForAContentItKnows() {
        String body = "{\"PiecesHashFile\":" + json(REAL) + ",\"AltCatalogIds\":[\"http://cdn.test/post.cab\"]}";
        String expectedId = "DO-" + REAL.hashOfHashes().replace('/', '-');

        given().contentType(ContentType.JSON).body(body).post("/admin/contents")
                .then().statusCode(201).body("ContentId", equalTo(expectedId)).body("Source", equalTo("PiecesHashFile"))
                .body("ContentUrl", nullValue()).body("PiecesHashFileUrl", not(nullValue()));
        given().contentType(ContentType.JSON).body(body).post("/admin/contents")
                .then().statusCode(200).body("ContentId", equalTo(expectedId));
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":100,\"Seed\":3}}").post("/admin/contents")
                .then().statusCode(201).body("ContentId", startsWith("DO-"));
    }

    @Test
    void listShowAndDelete() {
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":10}}").put("/admin/contents/listed").then().statusCode(201);

        given().get("/admin/contents").then().statusCode(200)
                .body("ContentId", hasItems("listed", SEED_ID))
                .body("find { it.ContentId == '" + SEED_ID + "' }.Source", equalTo("SeedFile"));
        given().get("/admin/contents/listed").then().statusCode(200).body("Seed", equalTo(0));

        given().delete("/admin/contents/listed").then().statusCode(204);
        given().get("/admin/contents/listed").then().statusCode(404).contentType("application/problem+json");
        given().delete("/admin/contents/listed").then().statusCode(404);
        given().get("/content/listed/contentpolicy").then().statusCode(404);
    }

    static Stream<Arguments> badRegistrations() {
        PiecesHashFile otherFile = hashOf(randomBytes(2_500_001));
        List<String> shortHash = new ArrayList<>(REAL.pieces());
        shortHash.set(0, Base64.getEncoder().encodeToString(new byte[31]));
        return Stream.of(
                Arguments.of("{}", "Synthetic"),
                Arguments.of("{\"AltCatalogIds\":[\"http://cdn.test/x.cab\"]}", "Synthetic"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"PiecesHashFile\":" + json(REAL) + "}", "Synthetic"),
                Arguments.of("{\"Synthetic\":{\"Seed\":10}}", "Synthetic.Size"),
                Arguments.of("{\"Synthetic\":{\"Size\":-1}}", "Synthetic.Size"),
                Arguments.of("{\"Synthetic\":{\"Size\":" + (MAX_CONTENT_SIZE + 1) + "}}", "Synthetic.Size"),
                Arguments.of("{\"Synthetic\":{\"Size\":\"large\"}}", "Synthetic.Size"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"PieceSize\":0}", "PieceSize"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"PieceSize\":1000000}", "PieceSize"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"Policies\":{\"BackgroundQosBps\":-5}}", "Policies.BackgroundQosBps"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"AltCatalogIds\":[\"\"]}", "AltCatalogIds[0]"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"AltCatalogIds\":[null]}", "AltCatalogIds[0]"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"AltCatalogIds\":[\"http://a/\",\"http://a/\"]}", "AltCatalogIds[1]"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"AltCatalogIds\":[\"http://a/\\u0009\"]}", "AltCatalogIds[0]"),
                Arguments.of("{\"Synthetic\":{\"Size\":10},\"AltCatalogIds\":" + manyAltCatalogIds(1001) + "}", "AltCatalogIds"),
                Arguments.of("{\"Synthetic\":{\"Size\":10.5}}", "Synthetic.Size"),
                Arguments.of("{\"PiecesHashFile\":" + json(new PiecesHashFile(1, 0, otherFile.hashOfHashes(),
                        REAL.contentLength(), REAL.pieceSize(), REAL.pieces())) + "}", "PiecesHashFile.HashOfHashes"),
                Arguments.of("{\"PiecesHashFile\":" + json(new PiecesHashFile(1, 0, REAL.hashOfHashes(),
                        REAL.contentLength(), REAL.pieceSize(), REAL.pieces().subList(0, 2))) + "}", "PiecesHashFile.Pieces"),
                Arguments.of("{\"PiecesHashFile\":" + json(new PiecesHashFile(1, 0, REAL.hashOfHashes(),
                        REAL.contentLength(), REAL.pieceSize(), shortHash)) + "}", "PiecesHashFile.Pieces[0]"),
                Arguments.of("{\"PiecesHashFile\":" + json(new PiecesHashFile(1, 0, REAL.hashOfHashes(),
                        REAL.contentLength(), 1000, REAL.pieces())) + "}", "PiecesHashFile.PieceSize"),
                Arguments.of("{\"PiecesHashFile\":" + json(REAL) + ",\"PieceSize\":4096}", "PieceSize"));
    }

    private static String manyAltCatalogIds(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "\"http://dl.example/" + i + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsA400NamingTheFieldAndRegistersNothing(String body, String field) {
        int contents = given().get("/admin/contents").path("size()");

        given().contentType(ContentType.JSON).body(body).put("/admin/contents/bad").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo(field));
        given().contentType(ContentType.JSON).body(body).post("/admin/contents").then()
                .statusCode(400).body("field", equalTo(field));

        given().get("/admin/contents/bad").then().statusCode(404);
        given().get("/admin/contents").then().body("size()", equalTo(contents));
    }

    @Test
    void aBodyThatIsNotJsonOrAnIdSpec2DoesNotAllowIsA400() {
        given().contentType(ContentType.JSON).body("{\"Synthetic\":").put("/admin/contents/not-json")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":10}}").put("/admin/contents/{contentId}", "x".repeat(257))
                .then().statusCode(400).body("field", equalTo("contentId"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":10}}")
                .put("/admin/contents/bad%01id").then().statusCode(400).body("field", equalTo("contentId"));
        given().contentType(ContentType.BINARY).body(new byte[10]).put("/admin/contents/{contentId}/payload", "y".repeat(257))
                .then().statusCode(400).body("field", equalTo("contentId"));
        given().get("/admin/contents/not-json").then().statusCode(404);
    }

    @Test
    void uploadedBytesAreServedAndAReplacementKeepsAltCatalogIdsPeeringAndPolicies() throws IOException {
        byte[] first = randomBytes(1_500_000);
        byte[] second = randomBytes(1_700_000);
        given().contentType(ContentType.JSON).body("""
                        {"Synthetic":{"Size":10},"P2PAllowed":false,"AltCatalogIds":["http://cdn.test/up.cab"],
                         "Policies":{"ForegroundQosBps":99}}""")
                .put("/admin/contents/uploaded").then().statusCode(201);

        given().contentType(ContentType.BINARY).body(first).put("/admin/contents/uploaded/payload")
                .then().statusCode(200).body("Source", equalTo("Uploaded")).body("ContentLength", equalTo(first.length));
        String url = given().contentType(ContentType.BINARY).body(second).put("/admin/contents/uploaded/payload")
                .then().statusCode(200).body("AltCatalogIds", hasItem("http://cdn.test/up.cab"))
                .body("P2PAllowed", equalTo(false)).body("Policies.ForegroundQosBps", equalTo(99))
                .extract().path("ContentUrl");

        assertThat(given().get(pathOf(url)).asByteArray()).isEqualTo(second);
        given().queryParam("altCatalogId", "http://cdn.test/up.cab").get("/content/unknown/contentpolicy")
                .then().statusCode(200).body("ContentId", equalTo("uploaded")).body("Policies.ForegroundQosBps", equalTo(99));
        assertThat(payloadFiles()).hasSize(payloadFilesOfUploadedContents());
    }

    @Test
    void anUploadCreatesAContentAndMaySetItsPieceSizePeeringAndAltCatalogIds() {
        given().contentType(ContentType.BINARY).body(new byte[40_000])
                .queryParam("PieceSize", 16384).queryParam("P2PAllowed", false)
                .queryParam("AltCatalogId", "http://cdn.test/a.cab").queryParam("AltCatalogId", "http://cdn.test/b.cab")
                .put("/admin/contents/new-upload/payload")
                .then().statusCode(201).header("Location", "/admin/contents/new-upload")
                .body("PieceCount", equalTo(3)).body("P2PAllowed", equalTo(false))
                .body("AltCatalogIds", equalTo(List.of("http://cdn.test/a.cab", "http://cdn.test/b.cab")));
        given().contentType(ContentType.BINARY).body(new byte[10]).queryParam("PieceSize", 3)
                .put("/admin/contents/new-upload-2/payload").then().statusCode(400).body("field", equalTo("PieceSize"));
    }

    @Test
    void anUploadLargerThanTheMaximumIsA413AndStoresNothing() throws IOException {
        try (Socket socket = startUpload("too-large", MAX_CONTENT_SIZE + 1)) {
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
        given().get("/admin/contents/too-large").then().statusCode(404);
    }

    /** Tomcat would read (swallow) up to 2 MB of a refused body on a worker thread, for as long as the client took. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void aRefusedUploadClosesTheConnectionWithoutReadingTheBody(int status, String contentId, String contentType)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("PUT /admin/contents/" + contentId + "/payload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + (MAX_CONTENT_SIZE + 1) + "\r\n\r\n")
                    .getBytes(US_ASCII));

            // the whole answer and then the end of the stream, though not a byte of the body was sent
            String answer = new String(socket.getInputStream().readAllBytes(), US_ASCII);

            assertThat(answer).startsWith("HTTP/1.1 " + status).containsIgnoringCase("connection: close");
        }
    }

    static Stream<Arguments> refusedUploads() {
        return Stream.of(Arguments.of(413, "over-the-maximum", "application/octet-stream"),
                Arguments.of(400, "bad%01id", "application/octet-stream"),
                Arguments.of(415, "not-bytes", "application/json"));
    }

    @Test
    void anUploadCutOffMidwayLeavesNoContentAndNoFileBehind() throws IOException {
        try (Socket socket = startUpload("cut-off", 10 << 20)) {
            socket.getOutputStream().write(new byte[1 << 20]);
            socket.getOutputStream().flush();
            await().atMost(Duration.ofSeconds(20)).until(() -> partialUploads() > 0);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> partialUploads() == 0);
        given().get("/admin/contents/cut-off").then().statusCode(404);
        assertThat(payloadFiles()).hasSize(payloadFilesOfUploadedContents());
    }

    @Test
    void resetDropsWhatTheAdminApiRegisteredAndKeepsSeedFolderContents() throws IOException {
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":10}}").put("/admin/contents/before-reset").then().statusCode(201);
        given().contentType(ContentType.BINARY).body(new byte[10]).put("/admin/contents/{contentId}/payload", SEED_ID).then().statusCode(200);

        given().post("/admin/reset").then().statusCode(204);

        given().get("/admin/contents/before-reset").then().statusCode(404);
        given().get("/admin/contents/{contentId}", SEED_ID).then().statusCode(200)
                .body("Source", equalTo("SeedFile")).body("ContentLength", equalTo(SEED_BYTES.length));
        assertThat(payloadFiles()).isEmpty();
    }

    private Socket startUpload(String contentId, long contentLength) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(("PUT /admin/contents/" + contentId + "/payload HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: " + contentLength + "\r\n\r\n").getBytes(US_ASCII));
        return socket;
    }

    private static long partialUploads() throws IOException {
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            return files.filter(file -> file.toString().endsWith(".upload")).count();
        }
    }

    private static List<Path> payloadFiles() throws IOException {
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            return files.toList();
        }
    }

    private static int payloadFilesOfUploadedContents() {
        List<String> sources = given().get("/admin/contents").path("Source");
        return (int) sources.stream().filter("Uploaded"::equals).count();
    }

    private static PiecesHashFile hashOf(byte[] bytes) {
        PieceHasher hasher = new PieceHasher(1 << 20);
        hasher.update(bytes, 0, bytes.length);
        return hasher.finish();
    }

    private static String json(PiecesHashFile file) {
        return "{\"MajorVersion\":" + file.majorVersion() + ",\"MinorVersion\":" + file.minorVersion()
                + ",\"HashOfHashes\":\"" + file.hashOfHashes() + "\",\"ContentLength\":" + file.contentLength()
                + ",\"PieceSize\":" + file.pieceSize() + ",\"Pieces\":[\"" + String.join("\",\"", file.pieces()) + "\"]}";
    }
}
