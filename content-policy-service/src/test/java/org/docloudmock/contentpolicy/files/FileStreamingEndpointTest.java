package org.docloudmock.contentpolicy.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.docloudmock.contentpolicy.RunningContentService;
import org.docloudmock.protocol.content.HashOfHashes;
import org.docloudmock.protocol.content.SyntheticContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileStreamingEndpointTest extends RunningContentService {

    private static final int SIZE = (5 << 20) + 12_345;
    private static final byte[] UPLOADED = randomBytes((3 << 20) + 1);

    static Stream<Arguments> everySource() {
        return Stream.of(
                Arguments.of("hashes-synthetic", (Runnable) () -> registerSynthetic("hashes-synthetic", SIZE, 77)),
                Arguments.of("hashes-uploaded", (Runnable) () -> given().contentType(ContentType.BINARY).body(UPLOADED)
                        .put("/admin/contents/hashes-uploaded/payload").then().statusCode(201)),
                Arguments.of(SEED_ID, (Runnable) () -> { }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySource")
    void everyPieceHashMatchesThePayloadBytesActuallyServed(String contentId, Runnable register) throws Exception {
        register.run();
        JsonPath policy = given().get("/content/{contentId}/contentpolicy", contentId).then().statusCode(200).extract().jsonPath();

        JsonPath piecesHashFile = given().get(pathOf(policy.getString("PiecesHashFileCdnUrls[0]")))
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        byte[] payload = given().get(pathOf(policy.getString("ContentCdnUrls[0]")))
                .then().statusCode(200).contentType("application/octet-stream").extract().asByteArray();

        assertThat(piecesHashFile.getInt("MajorVersion")).isEqualTo(1);
        assertThat(piecesHashFile.getInt("MinorVersion")).isZero();
        assertThat(piecesHashFile.getLong("ContentLength")).isEqualTo(payload.length);
        assertThat(piecesHashFile.getInt("PieceSize")).isEqualTo(1 << 20);
        List<byte[]> pieceHashes = new ArrayList<>();
        for (int offset = 0; offset < payload.length; offset += 1 << 20) {
            pieceHashes.add(MessageDigest.getInstance("SHA-256").digest(
                    Arrays.copyOfRange(payload, offset, Math.min(payload.length, offset + (1 << 20)))));
        }
        assertThat(piecesHashFile.getList("Pieces", String.class))
                .containsExactlyElementsOf(pieceHashes.stream().map(Base64.getEncoder()::encodeToString).toList());
        String hashOfHashes = Base64.getEncoder().encodeToString(HashOfHashes.compute(1, 0, payload.length, 1 << 20, pieceHashes));
        assertThat(piecesHashFile.getString("HashOfHashes")).isEqualTo(hashOfHashes);
        assertThat(policy.getString("HashOfHashes")).isEqualTo(hashOfHashes);
    }

    static Stream<Arguments> generatedAndStoredBytes() {
        byte[] stored = randomBytes(SIZE);
        return Stream.of(
                Arguments.of("synthetic", (Supplier<String>) () -> registerSynthetic("ranges-synthetic", SIZE, 5),
                        readAll(new SyntheticContent(SIZE, 5))),
                Arguments.of("uploaded", (Supplier<String>) () -> pathOf(given().contentType(ContentType.BINARY).body(stored)
                        .put("/admin/contents/ranges-uploaded/payload").then().extract().path("ContentUrl")), stored));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedAndStoredBytes")
    void byteRangesAtTheEdgesAreServedAs206WithTheirContentRange(String source, Supplier<String> register, byte[] bytes) {
        String path = register.get();

        assertRange(path, "bytes=0-0", 0, 0, bytes);
        assertRange(path, "bytes=" + (SIZE - 1) + "-" + (SIZE - 1), SIZE - 1, SIZE - 1, bytes);
        assertRange(path, "bytes=-10", SIZE - 10, SIZE - 1, bytes);
        assertRange(path, "bytes=" + (SIZE - 5) + "-", SIZE - 5, SIZE - 1, bytes);
        assertRange(path, "bytes=1048570-1048600", 1048570, 1048600, bytes);
        assertRange(path, "bytes=100-" + (SIZE + 1000), 100, SIZE - 1, bytes);
        assertRange(path, "bytes=-" + (SIZE + 1000), 0, SIZE - 1, bytes);
        assertThat(given().get(path).then().statusCode(200).header("Accept-Ranges", "bytes").extract().asByteArray()).isEqualTo(bytes);
        assertRanges(path, bytes, new int[][] {{0, 1}, {5, 9}, {SIZE - 3, SIZE - 1}});
    }

    /** multipart/byteranges (RFC 9110 14.6): each range with its Content-Range, in the order asked. */
    private static void assertRanges(String path, byte[] bytes, int[][] ranges) {
        StringBuilder header = new StringBuilder("bytes=");
        for (int[] range : ranges) {
            header.append(header.length() > 6 ? "," : "").append(range[0]).append('-').append(range[1]);
        }
        Response response = given().header("Range", header.toString()).get(path);
        String boundary = response.contentType().replaceFirst(".*boundary=", "");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int[] range : ranges) {
            expected.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes "
                    + range[0] + "-" + range[1] + "/" + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            expected.write(bytes, range[0], range[1] - range[0] + 1);
        }
        expected.writeBytes(("\r\n--" + boundary + "--").getBytes(StandardCharsets.US_ASCII));

        response.then().statusCode(206).contentType(startsWith("multipart/byteranges"))
                .header("Content-Length", String.valueOf(expected.size()));
        assertThat(response.asByteArray()).as(header.toString()).isEqualTo(expected.toByteArray());
    }

    @Test
    void aRangeOutsideThePayloadIs416WithItsSize() {
        String path = registerSynthetic("unsatisfiable", 1000, 5);

        for (String range : List.of("bytes=1000-", "bytes=5000-6000", "bytes=-0", "pieces=0-1", "bytes=", "bytes=a-b")) {
            given().header("Range", range).get(path)
                    .then().statusCode(416).header("Content-Range", "bytes */1000")
                    .contentType("application/problem+json");
        }
    }

    @Test
    void ifNoneMatchStarIs304ForAnExistingContent() {
        String path = registerSynthetic("star", 1000, 5);

        given().header("If-None-Match", "*").get(path).then().statusCode(304).header("ETag", notNullValue()).body(emptyString());
        given().header("If-None-Match", "*").get(path + "/pieceshash").then().statusCode(304);
    }

    @Test
    void aRangeCountsOnlyWhenIfRangeNamesTheCurrentBytes() {
        String path = registerSynthetic("if-range", 1000, 5);
        Response get = given().get(path);
        String etag = get.header("ETag");

        given().header("Range", "bytes=0-9").header("If-Range", etag).get(path)
                .then().statusCode(206).header("Content-Range", "bytes 0-9/1000");
        given().header("Range", "bytes=0-9").header("If-Range", get.header("Last-Modified")).get(path)
                .then().statusCode(206);
        for (String other : List.of("\"something-else\"", "W/" + etag, "Thu, 01 Jan 1970 00:00:00 GMT", "not a date")) {
            given().header("Range", "bytes=0-9").header("If-Range", other).get(path)
                    .then().statusCode(200).header("Content-Length", "1000").header("Content-Range", nullValue());
            assertThat(given().header("Range", "bytes=0-9").header("If-Range", other).get(path).asByteArray())
                    .isEqualTo(get.asByteArray());
        }
    }

    @Test
    void headSaysWhatGetWouldSendWithoutTheBytes() {
        String path = registerSynthetic("head", SIZE, 5);

        Response head = given().head(path);
        Response get = given().get(path);

        head.then().statusCode(200).header("Content-Length", String.valueOf(SIZE)).header("Accept-Ranges", "bytes")
                .contentType("application/octet-stream").body(emptyString());
        assertThat(head.header("ETag")).isNotNull().isEqualTo(get.header("ETag"));
        assertThat(head.header("Last-Modified")).isNotNull().isEqualTo(get.header("Last-Modified"));
    }

    @Test
    void aClientHoldingTheCurrentBytesGets304() {
        String path = registerSynthetic("conditional", 1000, 5);
        Response get = given().get(path);
        String etag = get.header("ETag");

        assertThat(etag).startsWith("\"").endsWith("\"");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", etag).header("Range", "bytes=0-9").get(path).then().statusCode(304);
        given().header("If-None-Match", etag).head(path).then().statusCode(304);
        given().header("If-Modified-Since", get.header("Last-Modified")).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        given().header("If-None-Match", etag).get(path + "/pieceshash").then().statusCode(304);
    }

    @Test
    void theBytesOfAMetadataOnlyContentAreNotServedButItsPiecesHashFileIs() {
        String piecesHashFile = given().get(registerSynthetic("metadata-source", 3000, 1) + "/pieceshash").asString();
        given().contentType(ContentType.JSON).body("{\"PiecesHashFile\":" + piecesHashFile + "}")
                .put("/admin/contents/metadata-served").then().statusCode(201);
        String path = "/filestreamingservice/files/" + FileIds.of("metadata-served");

        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().head(path).then().statusCode(404);
        given().get(path + "/pieceshash").then().statusCode(200).body("ContentLength", equalTo(3000));
    }

    @Test
    void anUnknownOrMalformedFileIdIs404() {
        given().get("/filestreamingservice/files/{fileId}", FileIds.of("never-registered")).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/filestreamingservice/files/not*base64/pieceshash").then().statusCode(404);
    }

    @Test
    void theServiceAnswersAsAConnectedCacheHost() {
        String path = registerSynthetic("cache-host", 1000, 9);
        byte[] expected = new byte[10];
        new SyntheticContent(1000, 9).read(990, expected, 0, 10);

        byte[] range = given().queryParam("cacheHostOrigin", "dl.delivery.mp.microsoft.com").header("Range", "bytes=990-")
                .get(path).then().statusCode(206).extract().asByteArray();

        assertThat(range).isEqualTo(expected);
        given().queryParam("cacheHostOrigin", "dl.delivery.mp.microsoft.com").get(path + "/pieceshash").then().statusCode(200);
    }

    @Test
    void theCacheNodeTestIsAnImageWithTheNodesHeaders() {
        byte[] gif = given().get("/mscomtest/wuidt.gif").then().statusCode(200).contentType("image/gif")
                .header("X-CID", "7").header("X-CCC", "US").header("X-HW", matchesPattern("\\d+\\.docloudmock\\.lab\\.t"))
                .extract().asByteArray();

        assertThat(new String(gif, 0, 6)).isEqualTo("GIF89a");
        assertThat(Arrays.copyOfRange(gif, 6, 10)).containsExactly(1, 0, 1, 0);
        assertThat(gif[gif.length - 1]).isEqualTo((byte) 0x3B);
    }

    private static void assertRange(String path, String range, int first, int last, byte[] bytes) {
        byte[] served = given().header("Range", range).get(path)
                .then().statusCode(206).header("Content-Range", "bytes " + first + "-" + last + "/" + bytes.length)
                .header("Content-Length", String.valueOf(last - first + 1)).header("ETag", not(nullValue()))
                .extract().asByteArray();

        assertThat(served).as(range).isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
    }

    private static byte[] readAll(SyntheticContent content) {
        byte[] bytes = new byte[(int) content.size()];
        content.read(0, bytes, 0, bytes.length);
        return bytes;
    }

    /** Registers synthetic content and returns the path of its payload. */
    private static String registerSynthetic(String contentId, long size, long seed) {
        String url = given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":" + size + ",\"Seed\":" + seed + "}}")
                .put("/admin/contents/{contentId}", contentId).then().statusCode(oneOf(200, 201))
                .extract().path("ContentUrl");
        return pathOf(url);
    }
}
