package org.docloudmock.contentpolicy.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.docloudmock.contentpolicy.RunningContentService;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.support.admin.RuntimeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

class ContentAdminEndpointTest extends RunningContentService {

    private static final PiecesHashFile REAL = hashOf(randomBytes(2_500_000));

    @Autowired
    List<RuntimeState> runtimeStates;

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
                .then().statusCode(201).body("ContentId", org.hamcrest.Matchers.startsWith("DO-"));
    }

    @Test
    void listShowAndDelete() {
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":10}}").put("/admin/contents/listed").then().statusCode(201);

        given().get("/admin/contents").then().statusCode(200)
                .body("ContentId", hasItem("listed"));
        given().get("/admin/contents/listed").then().statusCode(200).body("Seed", equalTo(0));

        given().delete("/admin/contents/listed").then().statusCode(204);
        given().get("/admin/contents/listed").then().statusCode(404).contentType("application/problem+json");
        given().delete("/admin/contents/listed").then().statusCode(404);
        given().get("/content/listed/contentpolicy").then().statusCode(404);
    }

    static Stream<Arguments> badRegistrations() {
        PiecesHashFile otherFile = hashOf(randomBytes(2_500_001));
        List<String> shortHash = new java.util.ArrayList<>(REAL.pieces());
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

    @ParameterizedTest(name = "{1}: {0}")
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
        given().get("/admin/contents/not-json").then().statusCode(404);
    }

    @Test
    void resetDropsWhatTheAdminApiRegistered() {
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":10}}").put("/admin/contents/before-reset").then().statusCode(201);

        runtimeStates.forEach(RuntimeState::reset);

        given().get("/admin/contents/before-reset").then().statusCode(404);
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
