package org.docloudmock.contentpolicy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The catalog and uploaded bytes outlive the process when a data directory is set. */
class CatalogRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void contentsRegisteredThroughTheAdminApiSurviveARestartUnchanged() {
        byte[] uploaded = RunningContentService.randomBytes(1_234_567);
        JsonPath synthetic;
        JsonPath metadata;
        JsonPath upload;
        try (ConfigurableApplicationContext first = start()) {
            synthetic = at(first).contentType(ContentType.JSON)
                    .body("{\"Synthetic\":{\"Size\":2222222,\"Seed\":8},\"AltCatalogIds\":[\"http://cdn.test/s.cab\"],\"P2PAllowed\":false}")
                    .put("/admin/contents/synthetic+1=").then().statusCode(201).extract().jsonPath();
            String piecesHashFile = at(first).get(RunningContentService.pathOf(synthetic.getString("PiecesHashFileUrl"))).asString();
            metadata = at(first).contentType(ContentType.JSON).body("{\"PiecesHashFile\":" + piecesHashFile + "}")
                    .post("/admin/contents").then().statusCode(201).extract().jsonPath();
            upload = at(first).contentType(ContentType.BINARY).body(uploaded).queryParam("AltCatalogId", "http://cdn.test/u.cab")
                    .put("/admin/contents/uploaded/payload").then().statusCode(201).extract().jsonPath();
        }

        try (ConfigurableApplicationContext second = start()) {
            for (JsonPath before : new JsonPath[] {synthetic, metadata, upload}) {
                JsonPath after = at(second).get("/admin/contents/{contentId}", before.getString("ContentId"))
                        .then().statusCode(200).extract().jsonPath();
                assertThat(after.getMap("")).isEqualTo(before.getMap(""));
            }
            at(second).queryParam("altCatalogId", "http://cdn.test/s.cab").get("/content/unknown/contentpolicy")
                    .then().statusCode(200).body("ContentId", equalTo("synthetic+1=")).body("P2PAllowed", equalTo(false))
                    .body("HashOfHashes", equalTo(synthetic.getString("HashOfHashes")));
            assertThat(at(second).get(RunningContentService.pathOf(upload.getString("ContentUrl"))).asByteArray()).isEqualTo(uploaded);
            at(second).header("Range", "bytes=-3").get(RunningContentService.pathOf(synthetic.getString("ContentUrl")))
                    .then().statusCode(206).header("Content-Range", "bytes 2222219-2222221/2222222");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ContentPolicyApplication.class).run(
                "--docloud.content-policy.port=0", "--docloud.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }

    private static RequestSpecification at(ConfigurableApplicationContext context) {
        return given().port(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
