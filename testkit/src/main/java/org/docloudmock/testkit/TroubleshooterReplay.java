package org.docloudmock.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP checks of Microsoft's {@code DeliveryOptimizationTroubleshooter.ps1} (v1.2.0, PowerShell Gallery),
 * made as the script makes them (its URLs, its {@code Range} header, every condition it tests), against a mock
 * reached directly or through the host-name front:
 * <ol>
 *   <li>Internet access / external IP: {@code GET https://geo.prod.do.dsp.mp.microsoft.com/geo?doClientVersion=<OS
 *       version>}: 200, {@code Content-Type} exactly {@code text/json}, non-empty {@code Version} and
 *       {@code KeyValue_EndpointFullUri}, {@code ExternalIpAddress} set and not {@code 0.0.0.0};</li>
 *   <li>HTTP byte-range support: {@code GET http://dl.delivery.mp.microsoft.com/filestreamingservice/files/
 *       52fa8751-747d-479d-8f22-e32730cc0eb1} with {@code Range: bytes=0-9}: 206 and {@code Content-Range} exactly
 *       {@code bytes 0-9/25006511};</li>
 *   <li>download from each cache host Geo names in {@code CacheHost} (comma-separated): {@code GET
 *       http://<host>/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png?cacheHostOrigin=
 *       dl.delivery.mp.microsoft.com}: 200, {@code Content-Type} exactly {@code application/octet-stream}, 302,341
 *       bytes.</li>
 * </ol>
 * Through the front, every request carries the real host name in {@code Host}: the JDK client sends one only
 * when the JVM runs with {@code -Djdk.httpclient.allowRestrictedHeaders=host}.
 */
public final class TroubleshooterReplay {

    public static final String GEO_URL = "https://geo.prod.do.dsp.mp.microsoft.com/geo?doClientVersion=10.0.26100.1";
    public static final String BYTE_RANGE_URL =
            "http://dl.delivery.mp.microsoft.com/filestreamingservice/files/52fa8751-747d-479d-8f22-e32730cc0eb1";
    public static final String CACHE_HOST_PATH = "/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/"
            + "Microsoft.png?cacheHostOrigin=dl.delivery.mp.microsoft.com";
    /** What Windows PowerShell 5.1's {@code Invoke-WebRequest} sends. */
    private static final String USER_AGENT = "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.26100.1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One check: what the script would print as passed or failed, and why. */
    public record Check(String name, String url, boolean passed, String detail) {
    }

    private final UnaryOperator<URI> connectTo;
    private final boolean sendsHostName;
    private final HttpClient http;

    private TroubleshooterReplay(UnaryOperator<URI> connectTo, boolean sendsHostName, SSLContext trust) {
        if (sendsHostName && !String.valueOf(System.getProperty("jdk.httpclient.allowRestrictedHeaders")).contains("host")) {
            throw new IllegalStateException("the replay through a front sends Host: run the JVM with "
                    + "-Djdk.httpclient.allowRestrictedHeaders=host");
        }
        this.connectTo = connectTo;
        this.sendsHostName = sendsHostName;
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT);
        if (trust != null) {
            http.sslContext(trust);
        }
        this.http = http.build();
    }

    /**
     * Against the services' own ports: Geo's requests go to {@code geoBaseUrl}, the CDN's to {@code cdnBaseUrl}
     * (Content Policy), a cache host's to the host Geo names, as the script would.
     */
    public static TroubleshooterReplay direct(String geoBaseUrl, String cdnBaseUrl) {
        Map<String, URI> bases = Map.of(host(GEO_URL), URI.create(geoBaseUrl), host(BYTE_RANGE_URL), URI.create(cdnBaseUrl));
        return new TroubleshooterReplay(url -> Optional.ofNullable(bases.get(url.getHost()))
                .map(base -> rebase(url, base)).orElse(url), false, null);
    }

    /**
     * Through the host-name front: every request goes to the front's HTTP or HTTPS port with the script's host
     * name in {@code Host}, as if the lab's DNS pointed every name at the front.
     *
     * @param trust trusts the front's HTTPS certificate (the lab CA); null: the JVM's default trust store
     */
    public static TroubleshooterReplay throughFront(String frontHttpUrl, String frontHttpsUrl, SSLContext trust) {
        return new TroubleshooterReplay(url -> rebase(url, URI.create("https".equals(url.getScheme()) ? frontHttpsUrl : frontHttpUrl)),
                true, trust);
    }

    /** Runs every check in the script's order; the cache host check once per host Geo names, none when it names none. */
    public List<Check> run() {
        List<Check> checks = new ArrayList<>();
        List<String> cacheHosts = new ArrayList<>();
        checks.add(check("Internet Access / External IP", GEO_URL, null, response -> geoFailure(response, cacheHosts)));
        checks.add(check("HTTP Byte-Range Support", BYTE_RANGE_URL, "bytes=0-9", response -> {
            String contentRange = response.headers().firstValue("Content-Range").orElse(null);
            return response.statusCode() == 206 && "bytes 0-9/25006511".equals(contentRange)
                    ? null : "status " + response.statusCode() + ", Content-Range " + contentRange;
        }));
        for (String cacheHost : cacheHosts) {
            checks.add(check("Download from CacheHost server " + cacheHost, "http://" + cacheHost + CACHE_HOST_PATH, null,
                    response -> {
                        String type = response.headers().firstValue("Content-Type").orElse(null);
                        return response.statusCode() == 200 && "application/octet-stream".equals(type)
                                && response.body().length == 302_341
                                ? null : "status " + response.statusCode() + ", Content-Type " + type + ", "
                                + response.body().length + " bytes";
                    }));
        }
        return checks;
    }

    /** Also collects the cache hosts Geo names, for the next checks. */
    private static String geoFailure(HttpResponse<byte[]> response, List<String> cacheHosts) {
        String type = response.headers().firstValue("Content-Type").orElse(null);
        if (response.statusCode() != 200 || !"text/json".equals(type)) {
            return "status " + response.statusCode() + ", Content-Type " + type;
        }
        JsonNode geo;
        try {
            geo = JSON.readTree(response.body());
        } catch (JacksonException e) {
            return "not JSON: " + e.getOriginalMessage();
        }
        String externalIp = geo.path("ExternalIpAddress").asString("");
        String cacheHost = geo.path("CacheHost").asString("");
        if (!cacheHost.isBlank()) {
            cacheHosts.addAll(List.of(cacheHost.trim().split("\\s*,\\s*")));
        }
        if (geo.path("Version").asString("").isEmpty() || geo.path("KeyValue_EndpointFullUri").asString("").isEmpty()
                || externalIp.isEmpty() || "0.0.0.0".equals(externalIp)) {
            return "Version '" + geo.path("Version").asString("") + "', KeyValue_EndpointFullUri '"
                    + geo.path("KeyValue_EndpointFullUri").asString("") + "', ExternalIpAddress '" + externalIp + "'";
        }
        return null;
    }

    /** @param failure what is wrong with the answer, null when the check passes */
    private Check check(String name, String url, String range,
                        Function<HttpResponse<byte[]>, String> failure) {
        URI scriptUrl = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(connectTo.apply(scriptUrl)).timeout(TIMEOUT)
                .header("User-Agent", USER_AGENT);
        if (sendsHostName) {
            request.header("Host", scriptUrl.getRawAuthority());
        }
        if (range != null) {
            request.header("Range", range);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.GET().build(), BodyHandlers.ofByteArray());
            String failed = failure.apply(response);
            return new Check(name, url, failed == null, failed == null ? "passed" : failed);
        } catch (IOException e) {
            return new Check(name, url, false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(name, url, false, "interrupted");
        }
    }

    private static URI rebase(URI url, URI base) {
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    private static String host(String url) {
        return URI.create(url).getHost();
    }
}
