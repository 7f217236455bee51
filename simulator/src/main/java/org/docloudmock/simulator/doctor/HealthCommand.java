package org.docloudmock.simulator.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.testkit.DoCloudAdminException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** {@code doctor health}: the flow a device makes, step by step, each a check with what DO would do when it fails. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Checks the flow a device makes: Geo, KeyValue, a content's policy and pieces-hash file, "
                + "Discovery, a join that registers nothing (mode 0) and a byte range from the CDN.")
final class HealthCommand implements Callable<Integer> {

    private static final String SIMPLE_MODE = "; DO would fall back to HTTP only (download mode 99)";

    @Mixin
    DoctorOptions options;

    @Mixin
    CloudOptions cloud;

    @Option(names = "--content", paramLabel = "ID", description = "the content to check (default: the catalog's first)")
    String contentId;

    @Override
    public Integer call() {
        Checkup checkup = new Checkup("DO Cloud Mock doctor: health of " + cloud.cloud
                + (cloud.asIp == null ? "" : " as " + cloud.asIp));
        check(checkup);
        return options.report(checkup);
    }

    private void check(Checkup checkup) {
        CloudLookup lookup = cloud.lookup(options);
        checkup.section("Cloud services");
        GeoResponse geo = lookup.geo(checkup, SIMPLE_MODE);
        if (geo == null) {
            return;
        }
        checkup.pass("Geo", "ExternalIpAddress " + geo.externalIpAddress() + ", CountryCode " + geo.countryCode()
                + ", KeyValue " + geo.keyValueEndpointFullUri());
        JsonNode bootstrap;
        try {
            bootstrap = lookup.bootstrap(geo);
            checkup.pass("KeyValue", bootstrap.size() + " keys, Content Policy and Discovery templates present");
        } catch (CloudException e) {
            checkup.fail("KeyValue", CloudLookup.reason(e) + SIMPLE_MODE);
            return;
        }
        String content = contentId != null ? contentId : firstContent(lookup, checkup);
        if (content == null) {
            return;
        }
        checkup.section("Content " + content);
        try {
            ContentPolicy policy = lookup.client().contentPolicy(bootstrap, content, geo, null);
            checkup.pass("Content policy", "P2PAllowed " + policy.p2pAllowed() + ", " + policy.contentCdnUrls().size()
                    + " CDN URL(s), metadata at " + String.join(", ", policy.piecesHashFileCdnUrls()));
            piecesHashFile(checkup, lookup, policy);
            String array = lookup.array(bootstrap, geo, content);
            checkup.pass("Discovery", "CollectiveArray " + array);
            dryJoin(checkup, lookup, array, content);
            byteRange(checkup, lookup, policy);
        } catch (CloudException e) {
            checkup.fail(step(e.getMessage()), CloudLookup.reason(e) + SIMPLE_MODE);
        }
    }

    /** Which step a failure of do-client's calls belongs to: its message starts with the service it called. */
    private static String step(String failure) {
        return failure.startsWith("Discovery") ? "Discovery" : failure.startsWith("Array") ? "Array join"
                : failure.contains("pieces-hash") ? "Pieces-hash file" : "Content policy";
    }

    private static String firstContent(CloudLookup lookup, Checkup checkup) {
        try {
            List<RegisteredContent> contents = lookup.admin().contents();
            if (contents.isEmpty()) {
                checkup.warn("Content", "the catalog is empty: register a content, or pass --content ID");
                return null;
            }
            return contents.get(0).contentId();
        } catch (DoCloudAdminException | UncheckedIOException e) {
            checkup.warn("Content", "no --content, and the catalog cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static void piecesHashFile(Checkup checkup, CloudLookup lookup, ContentPolicy policy) throws CloudException {
        if (policy.piecesHashFileCdnUrls().isEmpty()) {
            checkup.fail("Pieces-hash file", "the content policy names none" + SIMPLE_MODE);
            return;
        }
        PiecesHashFile file = lookup.client().piecesHashFile(policy.piecesHashFileCdnUrls().get(0));
        try {
            file.verify();
        } catch (InvalidFieldException e) {
            checkup.fail("Pieces-hash file", CloudLookup.reason(e) + SIMPLE_MODE);
            return;
        }
        if (!file.hashOfHashes().equals(policy.hashOfHashes())) {
            checkup.fail("Pieces-hash file", "its HashOfHashes is not the content policy's" + SIMPLE_MODE);
            return;
        }
        checkup.pass("Pieces-hash file", file.pieces().size() + " pieces of " + file.pieceSize() + " bytes, "
                + file.contentLength() + " bytes, HashOfHashes matches the policy's");
    }

    /** A join in mode 0 (HTTP only): Array answers it but registers nothing (SPEC 7), so the swarm stays as it was. */
    private static void dryJoin(Checkup checkup, CloudLookup lookup, String array, String content) throws CloudException {
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        JoinRequest join = JoinRequest.builder().contentId(content).peerId(HexFormat.of().formatHex(id))
                .scope(DownloadMode.HTTP_ONLY.code()).build();
        JoinResponse answer = lookup.client().join(array, join);
        String peers;
        try {
            peers = lookup.admin().partitions(content).map(view -> view.peers().size() + " live peer(s) in the swarm")
                    .orElse("no live peer holds it yet");
        } catch (DoCloudAdminException | UncheckedIOException e) {
            peers = "the admin view cannot be read: " + e.getMessage();
        }
        checkup.pass("Array join", "a mode-0 join (registers nothing) answered, reannounce every "
                + answer.reannounceIntervalSecs() + " s; " + peers);
    }

    /** The troubleshooter's CDN check: the first ten bytes, answered 206 with their Content-Range. */
    private void byteRange(Checkup checkup, CloudLookup lookup, ContentPolicy policy) {
        if (policy.contentCdnUrls().isEmpty()) {
            checkup.warn("CDN byte range", "a metadata-only content: no CDN URL to test");
            return;
        }
        String url = policy.contentCdnUrls().get(0);
        try {
            HttpResponse<byte[]> response = lookup.http().send(HttpRequest.newBuilder(URI.create(url)).timeout(options.timeout())
                    .header("Range", "bytes=0-9").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            String range = response.headers().firstValue("Content-Range").orElse("none");
            if (response.statusCode() == 206 && range.startsWith("bytes 0-9/") && response.body().length == 10) {
                checkup.pass("CDN byte range", "206, Content-Range " + range + " from " + url);
            } else {
                checkup.fail("CDN byte range", url + " answered " + response.statusCode() + ", Content-Range " + range
                        + "; DO could not download from the HTTP source");
            }
        } catch (IOException e) {
            checkup.fail("CDN byte range", url + ": " + e + "; DO could not download from the HTTP source");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
