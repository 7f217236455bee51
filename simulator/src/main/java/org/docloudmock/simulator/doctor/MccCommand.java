package org.docloudmock.simulator.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.geo.GeoResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code doctor mcc}: the Connected Cache host Geo hands out for an address, its test probe, and a test download through it. */
@Command(name = "mcc", mixinStandardHelpOptions = true,
        description = "Shows the cache host Geo hands out for an address, runs the cache-node test (/mscomtest/wuidt.gif) and downloads through it.")
final class MccCommand implements Callable<Integer> {

    /** The file DO's troubleshooter downloads from each cache host, and its size (real). */
    static final URI TROUBLESHOOTER_FILE = URI.create(
            "http://dl.delivery.mp.microsoft.com/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png");
    static final long TROUBLESHOOTER_FILE_SIZE = 302_341;

    @Mixin
    DoctorOptions options;

    @Mixin
    CloudOptions cloud;

    @Option(names = "--cache-host", paramLabel = "HOST[:PORT]", description = "test this cache host instead of Geo's")
    String cacheHost;

    @Option(names = "--content", paramLabel = "ID", description = "download through the cache host this content's first bytes "
            + "(default: the troubleshooter's test file)")
    String contentId;

    @Override
    public Integer call() {
        Checkup checkup = new Checkup("DO Cloud Mock doctor: Connected Cache for "
                + (cloud.asIp == null ? "this host" : cloud.asIp) + " at " + cloud.cloud);
        check(checkup);
        return options.report(checkup);
    }

    private void check(Checkup checkup) {
        CloudLookup lookup = cloud.lookup(options);
        checkup.section("Cache host");
        GeoResponse geo = lookup.geo(checkup, "");
        if (geo == null) {
            return;
        }
        String hosts = cacheHost != null ? cacheHost : geo.cacheHost();
        if (hosts == null || hosts.isBlank()) {
            checkup.warn("CacheHost", "Geo hands out no cache host for " + geo.externalIpAddress()
                    + ": devices there download from the CDN and peers only (configure one in Geo, or pass --cache-host)");
            return;
        }
        checkup.pass("CacheHost", cacheHost != null ? hosts + " (from --cache-host)" : hosts + " from Geo for "
                + geo.externalIpAddress() + ", CacheHostFlag " + geo.cacheHostFlag());
        URI file = TROUBLESHOOTER_FILE;
        if (contentId != null) {
            try {
                ContentPolicy policy = lookup.client().contentPolicy(lookup.bootstrap(geo), contentId, geo, null);
                if (policy.contentCdnUrls().isEmpty()) {
                    checkup.fail("Content", contentId + " is metadata only: no CDN URL to fetch through the cache host");
                    return;
                }
                file = URI.create(policy.contentCdnUrls().get(0));
            } catch (CloudException e) {
                checkup.fail("Content", e.getMessage());
                return;
            }
        }
        List<String> each = Arrays.stream(hosts.split(",")).map(String::trim).filter(host -> !host.isEmpty()).toList();
        for (String host : each) {
            checkup.section("Cache host " + host);
            ContentUrl source = ContentUrl.viaCacheHost(file, host);
            nodeTest(checkup, lookup, URI.create("http://" + host + "/mscomtest/wuidt.gif"));
            download(checkup, lookup, source);
        }
    }

    /** The cache-node test Microsoft's Connected Cache guides run by hand (DO itself never fetches it: SPEC 10). */
    private void nodeTest(Checkup checkup, CloudLookup lookup, URI nodeTest) {
        try {
            HttpResponse<byte[]> response = send(lookup, nodeTest, null);
            String type = response.headers().firstValue("Content-Type").orElse("none");
            String node = "X-CID " + response.headers().firstValue("X-CID").orElse("-") + ", X-CCC "
                    + response.headers().firstValue("X-CCC").orElse("-");
            if (response.statusCode() == 200 && type.startsWith("image/")) {
                checkup.pass("Node test", nodeTest + ": 200 " + type + ", " + node);
            } else {
                checkup.fail("Node test", nodeTest + " answered " + response.statusCode() + " " + type);
            }
        } catch (IOException e) {
            checkup.fail("Node test", nodeTest + ": " + e);
        }
    }

    private void download(Checkup checkup, CloudLookup lookup, ContentUrl source) {
        boolean troubleshooterFile = contentId == null;
        try {
            HttpResponse<byte[]> response = send(lookup, source.url(), troubleshooterFile ? null : "bytes=0-9");
            String type = response.headers().firstValue("Content-Type").orElse("none");
            if (troubleshooterFile && response.statusCode() == 200 && type.equals("application/octet-stream")
                    && response.body().length == TROUBLESHOOTER_FILE_SIZE) {
                checkup.pass("Test download", "200, " + response.body().length + " bytes of " + type);
            } else if (!troubleshooterFile && response.statusCode() == 206) {
                checkup.pass("Test download", "206, Content-Range " + response.headers().firstValue("Content-Range").orElse("none"));
            } else if (troubleshooterFile && response.statusCode() == 404) {
                checkup.warn("Test download", source.url() + ": 404, the cache host does not hold the troubleshooter's "
                        + "test file; pass --content ID to test with a content of this cloud");
            } else {
                checkup.fail("Test download", source.url() + " answered " + response.statusCode() + ", " + type + ", "
                        + response.body().length + " bytes; DO falls back to the CDN");
            }
        } catch (IOException e) {
            checkup.fail("Test download", source.url() + ": " + e + "; DO falls back to the CDN");
        }
    }

    private HttpResponse<byte[]> send(CloudLookup lookup, URI url, String range) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(options.timeout()).GET();
        if (range != null) {
            request.header("Range", range);
        }
        try {
            return lookup.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
