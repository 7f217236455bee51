package org.docloudmock.contentpolicy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import org.docloudmock.support.docs.DocumentedExamples;
import org.docloudmock.support.hostile.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every example of Content Policy's API documentation is what Content Policy answers (the admin API's are
 * service-support's to check): the contents the examples show are registered with the documented request examples,
 * in a catalog of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedExamplesTest {

    private static final String CONTENTS = "/admin/contents";
    private static final String CONTENT = "/admin/contents/{contentId}";
    private static final String UPLOAD = "/admin/contents/{contentId}/payload";
    private static final String POLICY = "GET /content/{contentId}/contentpolicy";
    private static final String PAYLOAD = "GET /filestreamingservice/files/{fileId}";
    private static final String PIECES_HASH = "GET /filestreamingservice/files/{fileId}/pieceshash";
    private static final String DEMO = "/admin/contents/demo-content";

    @LocalServerPort
    int port;

    @Test
    void everyExampleIsWhatContentPolicyAnswers() throws IOException {
        DocumentedExamples examples = DocumentedExamples.of(port, "LastModified").skipping("/admin/faults", "/admin/requests");
        String synthetic = examples.requestExample("PUT " + CONTENT, "synthetic bytes");
        String piecesHashFile = examples.requestExample("PUT " + CONTENT, "a pieces-hash file alone");

        examples.check("PUT " + CONTENT, "a synthetic content", json(synthetic).put(DEMO))
                .check("PUT " + CONTENT, "a synthetic content", json(synthetic).put(DEMO))
                .check("GET " + CONTENTS, "one synthetic content", client().get(CONTENTS))
                .check("GET " + CONTENT, "a synthetic content", client().get(DEMO))
                .check("GET " + CONTENT, "unknown content", client().get(CONTENTS + "/nope"))
                .check("DELETE " + CONTENT, "unknown content", client().delete(CONTENTS + "/nope"))
                .check("PUT " + CONTENT, "a negative size", json("{\"Synthetic\":{\"Size\":-1,\"Seed\":42}}").put(DEMO))
                .check("POST " + CONTENTS, "a negative size", json("{\"Synthetic\":{\"Size\":-1,\"Seed\":42}}").post(CONTENTS))
                .check("PUT " + CONTENT, "a FileId that is no GUID",
                        json("{\"Synthetic\":{\"Size\":302341,\"Seed\":7},\"FileId\":\"setup\"}").put(CONTENTS + "/office-setup"))
                .check("POST " + CONTENTS, "a pieces-hash file alone", json(piecesHashFile).post(CONTENTS))
                .check("POST " + CONTENTS, "a pieces-hash file alone", json(piecesHashFile).post(CONTENTS));
        // its download URL is intune-app's below
        client().delete(CONTENTS + "/DO-DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=").then().statusCode(204);
        json(piecesHashFile).put(CONTENTS + "/intune-app").then().statusCode(201);
        json(examples.requestExample("PUT " + CONTENT, "at the real CDN's path")).put(CONTENTS + "/office-setup")
                .then().statusCode(201);

        examples.check(POLICY, "synthetic bytes, served by the mock CDN", client().get("/content/demo-content/contentpolicy"))
                .check(POLICY, "registered from its pieces-hash file alone", client().get("/content/intune-app/contentpolicy"))
                .check(POLICY, "with the real CDN's path, an expiry and IsSecure of its own",
                        client().get("/content/office-setup/contentpolicy"))
                .check(POLICY, "Profile is not a number",
                        client().queryParam("Profile", "seven").get("/content/demo-content/contentpolicy"))
                .check(POLICY, "unknown content",
                        client().queryParam("altCatalogId", "http://dl.example.com/nope.cab").get("/content/nope/contentpolicy"))
                .check(PIECES_HASH, "3 MiB in pieces of 1 MiB", client().get("/filestreamingservice/files/ZGVtby1jb250ZW50/pieceshash"))
                .check(PIECES_HASH, "unknown fileId", client().get("/filestreamingservice/files/bm9wZQ/pieceshash"))
                .check(PAYLOAD, "unknown fileId", client().get("/filestreamingservice/files/bm9wZQ"))
                .check(PAYLOAD, "beyond the content",
                        client().header("Range", "bytes=5000000-").get("/filestreamingservice/files/ZGVtby1jb250ZW50"));

        // the example's bytes are a real update's; these are not, so their hashes differ
        String[] otherBytes = {"ContentLength", "PieceCount", "HashOfHashes"};
        examples.check("PUT " + UPLOAD, "uploaded bytes", upload().put(CONTENTS + "/KB5031356/payload"), otherBytes)
                .check("PUT " + UPLOAD, "uploaded bytes", upload().put(CONTENTS + "/KB5031356/payload"), otherBytes)
                .check("PUT " + UPLOAD, "PieceSize is not a power of two",
                        upload().queryParam("PieceSize", 1000).put(CONTENTS + "/KB5031356/payload"));
        // refused on its Content-Length, before a byte of it is sent
        RawHttp.Answer tooLarge = RawHttp.exchange(port, "PUT /admin/contents/KB5031356/payload HTTP/1.0\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: 17179869185\r\n\r\n", Duration.ofSeconds(20));
        examples.check("PUT " + UPLOAD, "too large", tooLarge.status(), tooLarge.header("Content-Type"), tooLarge.body())
                .verify();
    }

    private RequestSpecification client() {
        return given().port(port);
    }

    private RequestSpecification json(String body) {
        return client().contentType(ContentType.JSON).body(body);
    }

    private RequestSpecification upload() {
        return client().contentType(ContentType.BINARY).body(new byte[3 << 20])
                .queryParam("AltCatalogId", "http://dl.example.com/KB5031356.cab");
    }
}
