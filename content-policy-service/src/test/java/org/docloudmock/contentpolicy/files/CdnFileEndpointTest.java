package org.docloudmock.contentpolicy.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.docloudmock.contentpolicy.ApiExamples;
import org.docloudmock.protocol.content.SyntheticContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Contents at the real CDN's paths: a GUID, and a file name after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docloud.content-policy.troubleshooter-files=true"})
class CdnFileEndpointTest {

    private static final String GUID = "3f0e2a5c-9b7d-4c1e-8a6f-2d4b6c8e0a1f";
    private static final String SEED_GUID = "0b6c5f2e-1d3a-4e7b-9c8d-a1b2c3d4e5f6";
    private static final byte[] SEED_BYTES = "a seed file at the real CDN's path".getBytes();
    private static final Path SEED_DIR = seedFolder();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointRestAssuredAtTheService() {
        RestAssured.port = port;
    }

    @org.springframework.test.context.DynamicPropertySource
    static void seeds(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("docloud.content.seed-dir", SEED_DIR::toString);
    }

    @Test
    void aContentWithAGuidAndANameIsServedThereAndItsPolicyHandsOutThosePaths() throws IOException {
        register("office-setup", """
                {"Synthetic":{"Size":302341,"Seed":7},"FileId":"%s","FileName":"setup.exe",
                 "IsSecure":true,"Policies":{"ExpireAtSecsSinceEpoch":1797904490}}""".formatted(GUID.toUpperCase()))
                .statusCode(oneOf(200, 201))
                .body("FileId", equalTo(GUID)).body("FileName", equalTo("setup.exe")).body("IsSecure", equalTo(true))
                .body("ContentUrl", equalTo("http://localhost:8083/filestreamingservice/files/" + GUID + "/setup.exe"));

        given().get("/content/office-setup/contentpolicy").then().statusCode(200)
                .body("ContentCdnUrls[0]", equalTo("http://localhost:8083/filestreamingservice/files/" + GUID + "/setup.exe"))
                .body("PiecesHashFileCdnUrls[0]", equalTo("http://localhost:8083/filestreamingservice/files/" + GUID + "/pieceshash"))
                .body("IsSecure", equalTo(true))
                .body("Policies.ExpireAtSecsSinceEpoch", equalTo("1797904490"));

        byte[] expected = new SyntheticContent(302_341, 7).openStream().readAllBytes();
        String etag = given().get("/filestreamingservice/files/{id}/setup.exe", GUID).then().statusCode(200)
                .contentType("application/octet-stream").extract().header("ETag");
        assertThat(given().get("/filestreamingservice/files/{id}/setup.exe", GUID).asByteArray()).isEqualTo(expected);
        assertThat(given().get("/filestreamingservice/files/{id}", GUID.toUpperCase()).asByteArray()).isEqualTo(expected);
        // the mock's own fileId keeps working
        assertThat(given().get("/filestreamingservice/files/{id}", FileIds.of("office-setup")).asByteArray()).isEqualTo(expected);
        byte[] range = given().header("Range", "bytes=100-109").get("/filestreamingservice/files/{id}/setup.exe", GUID)
                .then().statusCode(206).header("Content-Range", "bytes 100-109/302341").extract().asByteArray();
        assertThat(range).isEqualTo(Arrays.copyOfRange(expected, 100, 110));
        given().head("/filestreamingservice/files/{id}/setup.exe", GUID).then().statusCode(200)
                .header("Content-Length", "302341").header("ETag", etag);
        given().header("If-None-Match", etag).get("/filestreamingservice/files/{id}/setup.exe", GUID).then().statusCode(304);
        given().get("/filestreamingservice/files/{id}/pieceshash", GUID).then().statusCode(200)
                .body("ContentLength", equalTo(302341));
    }

    @Test
    void theApiDocsExampleOfARealCdnPathIsWhatTheServiceAnswers() {
        given().contentType(ContentType.JSON).body(ApiExamples.REGISTER_WITH_CDN_FILE).put("/admin/contents/office-setup")
                .then().statusCode(oneOf(200, 201));

        String policy = given().get("/content/office-setup/contentpolicy").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(policy).getMap("$")).isEqualTo(JsonPath.from(ApiExamples.CONTENT_POLICY_CDN_FILE).getMap("$"));
    }

    @Test
    void anotherNameOrAnUnknownGuidIsNotFound() {
        register("named", """
                {"Synthetic":{"Size":10,"Seed":1},"FileId":"9a9a9a9a-0000-4000-8000-000000000001","FileName":"a.cab"}""")
                .statusCode(201);

        given().get("/filestreamingservice/files/9a9a9a9a-0000-4000-8000-000000000001/b.cab").then().statusCode(404)
                .contentType("application/problem+json");
        given().head("/filestreamingservice/files/9a9a9a9a-0000-4000-8000-000000000001/b.cab").then().statusCode(404);
        given().get("/filestreamingservice/files/9a9a9a9a-0000-4000-8000-000000000002").then().statusCode(404);
        given().get("/filestreamingservice/files/9a9a9a9a-0000-4000-8000-000000000002/a.cab").then().statusCode(404);
    }

    @Test
    void aFileIdThatIsNoGuidOrABadNameOrATakenIdIsABadRequestNamingTheFieldAndChangesNothing() {
        register("bad", """
                {"Synthetic":{"Size":10,"Seed":1},"FileId":"ZGVtbw"}""")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("FileId"));
        for (String name : new String[] {"../etc", "a/b", "..", "pieceshash", " "}) {
            register("bad", """
                    {"Synthetic":{"Size":10,"Seed":1},"FileId":"%s","FileName":"%s"}""".formatted(GUID, name))
                    .statusCode(400).body("field", equalTo("FileName"));
        }
        register("bad", """
                {"Synthetic":{"Size":10,"Seed":1},"FileName":"a.cab"}""").statusCode(400).body("field", equalTo("FileId"));
        register("bad", """
                {"Synthetic":{"Size":10,"Seed":1},"FileId":"52fa8751-747d-479d-8f22-e32730cc0eb1"}""")
                .statusCode(400).body("field", equalTo("FileId"));
        given().contentType(ContentType.BINARY).body(new byte[10]).queryParam("FileId", "not-a-guid")
                .put("/admin/contents/bad/payload").then().statusCode(400).body("field", equalTo("FileId"));

        given().get("/admin/contents/bad").then().statusCode(404);
    }

    @Test
    void anUploadCanSetItsRealCdnPath() {
        given().contentType(ContentType.BINARY).body(new byte[] {1, 2, 3})
                .queryParam("FileId", "5e5e5e5e-0000-4000-8000-000000000001").queryParam("FileName", "up.bin")
                .put("/admin/contents/uploaded/payload").then().statusCode(201)
                .body("ContentUrl", equalTo("http://localhost:8083/filestreamingservice/files/5e5e5e5e-0000-4000-8000-000000000001/up.bin"));

        assertThat(given().get("/filestreamingservice/files/5e5e5e5e-0000-4000-8000-000000000001/up.bin").asByteArray())
                .containsExactly(1, 2, 3);
    }

    @Test
    void aSeedFolderNamedByAGuidServesItsFileAtThatPath() {
        assertThat(given().get("/filestreamingservice/files/{id}/setup.msi", SEED_GUID).then().statusCode(200)
                .extract().asByteArray()).isEqualTo(SEED_BYTES);
        given().get("/admin/contents/{id}", SEED_GUID).then().statusCode(200)
                .body("Source", equalTo("SeedFile")).body("FileName", equalTo("setup.msi"));
    }

    /** What Microsoft's troubleshooter (v1.2.0) checks, byte for byte. */
    @Test
    void theTroubleshootersFilesAreAtTheirRealPathsWithTheirRealSizes() {
        given().header("Range", "bytes=0-9").get("/filestreamingservice/files/52fa8751-747d-479d-8f22-e32730cc0eb1")
                .then().statusCode(206).header("Content-Range", "bytes 0-9/25006511");
        given().queryParam("cacheHostOrigin", "dl.delivery.mp.microsoft.com")
                .get("/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png")
                .then().statusCode(200).header("Content-Type", "application/octet-stream")
                .header("Content-Length", "302341");
        // start-up contents: a reset keeps them
        given().post("/admin/reset").then().statusCode(204);
        given().head("/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse register(String contentId, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/admin/contents/{id}", contentId).then();
    }

    private static Path seedFolder() {
        try {
            Path seeds = Files.createTempDirectory("docloud-guid-seeds-");
            Files.createDirectories(seeds.resolve(SEED_GUID));
            Files.write(seeds.resolve(SEED_GUID).resolve("setup.msi"), SEED_BYTES);
            seeds.toFile().deleteOnExit();
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
