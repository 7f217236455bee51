package org.docloudmock.contentpolicy.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docloudmock.contentpolicy.RunningContentService;
import org.docloudmock.contentpolicy.files.FileIds;
import org.junit.jupiter.api.Test;

class ContentPolicyEndpointTest extends RunningContentService {

    @Test
    void theContentPolicyOfARegisteredContentHasItsHashesUrlsAndPolicies() {
        String hashOfHashes = register("policy+1=", """
                {"Synthetic":{"Size":3000000,"Seed":4},"AltCatalogIds":["http://cdn.test/policy1.cab"],
                 "Policies":{"ForegroundQosBps":12345}}""");
        String fileId = FileIds.of("policy+1=");

        given().queryParam("altCatalogId", "http://cdn.test/policy1.cab").queryParam("Profile", 768)
                .queryParam("doClientVersion", "10.0.19041.3636").queryParam("countryCode", "DE")
                .queryParam("eId", "e1").queryParam("CacheHost", "10.0.0.5")
                .get("/content/{contentId}/contentpolicy", "policy+1=")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("ContentId", equalTo("policy+1="))
                .body("HashOfHashes", equalTo(hashOfHashes))
                .body("PiecesHashFileCdnUrls[0]", equalTo(PUBLIC_URL + "/filestreamingservice/files/" + fileId + "/pieceshash"))
                .body("ContentCdnUrls[0]", equalTo(PUBLIC_URL + "/filestreamingservice/files/" + fileId))
                .body("IsSecure", equalTo(false))
                .body("IsInternal", equalTo(false))
                .body("Rank", equalTo(0))
                .body("Policies.ForegroundQosBps", equalTo(12345))
                .body("Policies.BackgroundQosBps", equalTo(2621440))
                .body("Policies.MaxCacheAgeSecs", equalTo(86400))
                .body("Policies.DownloadToExpire", equalTo(86400))
                .body("Policies.ExpireAtSecsSinceEpoch", equalTo(""))
                .body("P2PAllowed", equalTo(true));
    }

    @Test
    void aClientThatDoesNotKnowTheContentIdFindsItByItsDownloadUrl() {
        register("by-url", """
                {"Synthetic":{"Size":10,"Seed":1},"AltCatalogIds":["http://cdn.test/by-url.cab?x=1&y=2"]}""");

        given().queryParam("altCatalogId", "http://cdn.test/by-url.cab?x=1&y=2")
                .get("/content/{contentId}/contentpolicy", "3a7c0000-unknown-to-the-mock")
                .then().statusCode(200).body("ContentId", equalTo("by-url"));
    }

    @Test
    void parameterNamesMatchInAnyCase() {
        register("any-case", """
                {"Synthetic":{"Size":10,"Seed":1},"AltCatalogIds":["http://cdn.test/any-case.cab"]}""");

        given().queryParam("ALTCATALOGID", "http://cdn.test/any-case.cab").queryParam("profile", "768")
                .get("/content/{contentId}/contentpolicy", "unknown")
                .then().statusCode(200).body("ContentId", equalTo("any-case"));
    }

    @Test
    void aContentRegisteredFromItsPiecesHashFileAloneHasNoContentUrlAndKeepsP2PAllowed() {
        register("no-peering", """
                {"Synthetic":{"Size":10,"Seed":1},"P2PAllowed":false}""");
        String piecesHashFile = given().get("/filestreamingservice/files/{fileId}/pieceshash", FileIds.of("no-peering")).asString();
        register("metadata-only", "{\"PiecesHashFile\":" + piecesHashFile + "}");

        given().get("/content/{contentId}/contentpolicy", "metadata-only")
                .then().statusCode(200).body("ContentCdnUrls", empty()).body("PiecesHashFileCdnUrls.size()", equalTo(1));
        given().get("/content/{contentId}/contentpolicy", "no-peering")
                .then().statusCode(200).body("P2PAllowed", equalTo(false));
    }

    @Test
    void anUnknownContentIsA404Problem() {
        given().get("/content/{contentId}/contentpolicy", "never-registered")
                .then().statusCode(404).contentType("application/problem+json").body("detail", startsWith("No content never-registered"));
        given().queryParam("altCatalogId", "http://cdn.test/never.cab").get("/content/{contentId}/contentpolicy", "never-registered")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMalformedProfileOrContentIdIsA400NamingIt() {
        given().queryParam("Profile", "seven").get("/content/{contentId}/contentpolicy", "any-content")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("Profile"));
        given().get("/content/" + "x".repeat(257) + "/contentpolicy")
                .then().statusCode(400).body("field", equalTo("contentId"));
        given().urlEncodingEnabled(false).get("/content/bad%7Fid/contentpolicy")
                .then().statusCode(400).body("field", equalTo("contentId"));
    }

    @Test
    void aSeedFolderFileHasAPolicy() {
        given().get("/content/{contentId}/contentpolicy", SEED_ID)
                .then().statusCode(200).body("ContentCdnUrls[0]", equalTo(PUBLIC_URL + "/filestreamingservice/files/" + FileIds.of(SEED_ID)));
    }

    @Test
    void lookupsCatalogContentsAndWhatTheCdnServedShowInPrometheus() {
        register("metrics", "{\"Synthetic\":{\"Size\":3000000,\"Seed\":5}}");
        String fileId = FileIds.of("metrics");
        String before = scrape();

        given().get("/content/{contentId}/contentpolicy", "metrics").then().statusCode(200);
        given().get("/content/{contentId}/contentpolicy", "never-registered").then().statusCode(404);
        given().get("/filestreamingservice/files/{fileId}/pieceshash", fileId).then().statusCode(200);
        given().header("Range", "bytes=0-1023").get("/filestreamingservice/files/{fileId}", fileId).then().statusCode(206);
        String after = scrape();

        for (String series : List.of("docloud_content_policy_lookups_total{application=\"content-policy-service\",result=\"hit\"}",
                "docloud_content_policy_lookups_total{application=\"content-policy-service\",result=\"miss\"}",
                "docloud_content_policy_pieces_hash_served_total{application=\"content-policy-service\"}")) {
            assertThat(valueOf(series, after)).as(series).isEqualTo(valueOf(series, before) + 1);
        }
        String bytes = "docloud_content_policy_payload_bytes_total{application=\"content-policy-service\"}";
        assertThat(valueOf(bytes, after)).isEqualTo(valueOf(bytes, before) + 1024);
        assertThat(valueOf("docloud_content_policy_contents{application=\"content-policy-service\",source=\"SeedFile\"}", after))
                .isEqualTo(1);
        assertThat(valueOf("docloud_content_policy_contents{application=\"content-policy-service\",source=\"Synthetic\"}", after))
                .isPositive();
    }

    private static String scrape() {
        return given().get("/actuator/prometheus").then().statusCode(200).extract().asString();
    }

    private static double valueOf(String series, String scrape) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as("%s in the scrape", series).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static String register(String contentId, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/admin/contents/{contentId}", contentId)
                .then().statusCode(oneOf(200, 201)).extract().path("HashOfHashes");
    }

    @Test
    void theApiDocsListEveryPublicPathOfTheService() {
        JsonPath docs = given().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();

        assertThat(docs.getMap("paths")).containsKeys("/content/{contentId}/contentpolicy",
                "/filestreamingservice/files/{fileId}", "/filestreamingservice/files/{fileId}/pieceshash",
                "/filestreamingservice/files/{fileId}/{name}",
                "/mscomtest/wuidt.gif", "/admin/contents", "/admin/contents/{contentId}", "/admin/contents/{contentId}/payload");
        assertThat(docs.getList("paths.'/content/{contentId}/contentpolicy'.get.parameters.name", String.class)).containsExactly(
                "contentId", "altCatalogId", "Profile", "doClientVersion", "countryCode", "eId", "CacheHost");
        assertThat(docs.getMap("paths.'/admin/contents/{contentId}'.put.requestBody.content.'application/json'.examples"))
                .containsOnlyKeys("synthetic bytes", "a pieces-hash file alone", "at the real CDN's path");
    }
}
