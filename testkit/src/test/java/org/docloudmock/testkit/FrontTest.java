package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.suite.DoCloudSuite;
import org.docloudmock.suite.front.Front;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host-name front of a suite started as the launcher starts it, over real sockets, with the real host names in
 * {@code Host} (surefire runs this module with {@code -Djdk.httpclient.allowRestrictedHeaders=host}).
 */
class FrontTest {

    private static final String GUID = "52fa8751-747d-479d-8f22-e32730cc0eb1";

    @TempDir
    static Path certificates;

    private static DoCloudSuite suite;
    private static LabCa labCa;
    private static String http;
    private static String https;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startSuiteWithFront() throws Exception {
        labCa = LabCa.create(certificates, List.of("geo.prod.do.dsp.mp.microsoft.com", "*.prod.do.dsp.mp.microsoft.com",
                "localhost"), List.of("127.0.0.1"));
        suite = DoCloudSuite.start("--docloud.geo.port=0", "--docloud.kv.port=0", "--docloud.content-policy.port=0",
                "--docloud.discovery.port=0", "--docloud.array.port=0",
                "--docloud.front.port=0", "--docloud.front.https-port=0",
                "--docloud.front.certificate=" + labCa.certificate(), "--docloud.front.private-key=" + labCa.privateKey(),
                // a lab's cache host: its name resolves to the front, which serves the CDN's paths on any name
                "--docloud.geo.cache-hosts[0].cidr=127.0.0.0/8", "--docloud.geo.cache-hosts[0].host=mcc.lab.test");
        Front front = suite.front().orElseThrow();
        http = "http://127.0.0.1:" + front.httpPort().orElseThrow();
        https = "https://localhost:" + front.httpsPort().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void everyCheckOfTheTroubleshooterPassesThroughTheFrontWithTheRealHostNames() throws Exception {
        List<TroubleshooterReplay.Check> checks = TroubleshooterReplay.throughFront(http, https, labCa.trustingClient()).run();

        assertThat(checks).extracting(TroubleshooterReplay.Check::name).containsExactly("Internet Access / External IP",
                "HTTP Byte-Range Support", "Download from CacheHost server mcc.lab.test");
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    }

    @Test
    void eachDoHostNameReachesItsService() throws Exception {
        assertThat(get("kv1.prod.do.dsp.mp.microsoft.com", "/all").body()).contains("ContentPolicy_EndpointFullUri");
        assertThat(get("cp1.prod.do.dsp.mp.microsoft.com", "/content/" + GUID + "/contentpolicy").body())
                .contains("\"ContentId\":\"" + GUID + "\"");
        assertThat(get("disc-emea.prod.do.dsp.mp.microsoft.com", "/disc/" + GUID).body()).contains("CollectiveArray");
        assertThat(get("GEO.PROD.DO.DSP.MP.MICROSOFT.COM.:80", "/geo/").headers().firstValue("Content-Type")).contains("text/json");
        HttpResponse<String> join = client.send(request("array1.prod.do.dsp.mp.microsoft.com", "/join/")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"ContentId":"%s","PeerId":"%s","ReportedIp":"10.0.0.7","Scope":1,"Left":0}"""
                        .formatted(GUID, "ab".repeat(20)))).build(), BodyHandlers.ofString());
        assertThat(join.statusCode()).as(join.body()).isEqualTo(200);
        assertThat(join.body()).contains("NumberOfPeers");
    }

    @Test
    void rangesEtagsAndHeadPassThroughAndABigPayloadStreamsWhole() throws Exception {
        String path = "/filestreamingservice/files/" + GUID;
        HttpResponse<byte[]> whole = client.send(request("dl.delivery.mp.microsoft.com", path).build(), BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).hasSize(25_006_511);
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> range = client.send(request("au.dl.delivery.mp.microsoft.com", path)
                .header("Range", "bytes=-10").build(), BodyHandlers.ofByteArray());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).contains("bytes 25006501-25006510/25006511");
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 25_006_501, 25_006_511));

        assertThat(client.send(request("dl.delivery.mp.microsoft.com", path).header("If-None-Match", etag).build(),
                BodyHandlers.discarding()).statusCode()).isEqualTo(304);
        HttpResponse<Void> head = client.send(request("dl.delivery.mp.microsoft.com", path)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.discarding());
        assertThat(head.headers().firstValue("Content-Length")).contains("25006511");
        assertThat(head.headers().firstValue("ETag")).contains(etag);
    }

    @Test
    void geoSeesTheClientTheFrontForwardsNotTheFront() throws Exception {
        assertThat(get("geo.prod.do.dsp.mp.microsoft.com", "/geo").body()).contains("\"ExternalIpAddress\":\"127.0.0.1\"");
        // a loopback client is trusted, as by the services themselves: a simulated client may act from another NAT
        HttpResponse<String> forwarded = client.send(request("geo.prod.do.dsp.mp.microsoft.com", "/geo")
                .header("X-Forwarded-For", "198.51.100.7").build(), BodyHandlers.ofString());
        assertThat(forwarded.body()).contains("\"ExternalIpAddress\":\"198.51.100.7\"").contains("\"CountryCode\":\"FR\"");
    }

    @Test
    void anUnknownHostIsAMisdirectedRequestProblem() throws Exception {
        for (String host : new String[] {"example.com", "evil.prod.do.dsp.mp.microsoft.com.example.com",
                "a.geo.prod.do.dsp.mp.microsoft.com", "xyz.prod.do.dsp.mp.microsoft.com"}) {
            HttpResponse<String> response = get(host, "/geo");
            assertThat(response.statusCode()).as(host).isEqualTo(421);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).contains("\"status\":421");
        }
    }

    @Test
    void aServiceThatClosesTheConnectionIsABadGatewayProblem() throws Exception {
        String faults = suite.url(ServiceEndpoint.GEO) + "/admin/faults";
        client.send(HttpRequest.newBuilder(URI.create(faults)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("[{\"Path\":\"/geo\",\"Drop\":true}]")).build(), BodyHandlers.discarding());
        try {
            HttpResponse<String> response = get("geo.prod.do.dsp.mp.microsoft.com", "/geo");
            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        } finally {
            client.send(HttpRequest.newBuilder(URI.create(faults)).DELETE().build(), BodyHandlers.discarding());
        }
    }

    @Test
    void operatorEndpointsAreNotServedThroughTheFront() throws Exception {
        for (String path : new String[] {"/admin/contents", "/actuator/prometheus", "/v3/api-docs", "/%61dmin/contents",
                "/admin;x=1/contents", "/content/../admin/contents"}) {
            HttpResponse<String> response = get("cp1.prod.do.dsp.mp.microsoft.com", path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
    }

    @Test
    void httpsNeedsACertificateTheClientTrusts() throws Exception {
        HttpResponse<String> geo = HttpClient.newBuilder().sslContext(labCa.trustingClient()).build()
                .send(HttpRequest.newBuilder(URI.create(https + "/geo")).header("Host", "geo.prod.do.dsp.mp.microsoft.com")
                        .build(), BodyHandlers.ofString());
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(catchThrowable(() -> client.send(
                HttpRequest.newBuilder(URI.create(https + "/geo")).build(), BodyHandlers.discarding())))
                .isInstanceOf(SSLHandshakeException.class);
    }

    private HttpResponse<String> get(String host, String path) throws Exception {
        return client.send(request(host, path).build(), BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String host, String path) {
        return HttpRequest.newBuilder(URI.create(http + path)).header("Host", host);
    }
}
