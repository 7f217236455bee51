package org.docloudmock.contentpolicy;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docloudmock.support.hostile.ServiceFuzzer;
import org.docloudmock.support.hostile.ServiceFuzzer.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seeded random requests (issue 16): never a 5xx, never a hang, and a refused registration changes no content. */
class ContentPolicyFuzzTest extends RunningContentService {

    /** The context is shared with other test classes: they find the service as it started. */
    @AfterEach
    void reset() {
        given().port(port).post("/admin/reset").then().statusCode(204);
    }

    @Test
    void hostileRequestsAreAnsweredBelow500AndRefusedOnesChangeNothing() throws Exception {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("Synthetic", Map.of("Size", 3000, "Seed", 7));
        registration.put("PieceSize", 1024);
        registration.put("P2PAllowed", true);
        registration.put("AltCatalogIds", List.of("http://dl.example/fuzz.cab"));
        registration.put("Policies", Map.of("ForegroundQosBps", 1000, "MaxCacheAgeSecs", 60));
        given().port(port).contentType("application/json").body(registration).put("/admin/contents/fuzz-0")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        String fileId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("fuzz-0".getBytes());
        new ServiceFuzzer(port, List.of(
                Endpoint.get("/content/{id}/contentpolicy", "altCatalogId", "Profile", "doClientVersion", "countryCode",
                        "eId", "CacheHost"),
                Endpoint.get("/filestreamingservice/files/" + fileId, "cacheHostOrigin"),
                Endpoint.get("/filestreamingservice/files/{id}"),
                Endpoint.get("/filestreamingservice/files/" + fileId + "/pieceshash"),
                Endpoint.withBody("PUT", "/admin/contents/{id}", registration),
                Endpoint.withBody("POST", "/admin/contents", registration),
                Endpoint.get("/admin/contents/{id}")),
                () -> given().port(port).get("/admin/contents").then().statusCode(200).extract().asString()).run(2000);
    }
}
