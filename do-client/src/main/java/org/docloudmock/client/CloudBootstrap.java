package org.docloudmock.client;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.docloudmock.client.cloud.ClientPolicy;
import org.docloudmock.client.cloud.CloudClient;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.geo.GeoResponse;
import tools.jackson.databind.JsonNode;

/**
 * The cloud side of SPEC 1 for one download: Geo, KeyValue, Content Policy, the pieces-hash file checked against
 * HashOfHashes, Discovery. It ends in a plan: peer, go over HTTP only (and why, as DO falls back), or give up.
 */
final class CloudBootstrap {

    /** Where the bootstrap leads. */
    sealed interface Plan permits Peer, OverHttp, Failed {
    }

    /** Peer: the swarm's metadata and the Array that holds it. */
    record Peer(ContentUrl source, PiecesHashFile metadata, List<byte[]> pieceHashes, String collectiveArray)
            implements Plan {
    }

    /**
     * The whole file over HTTP only.
     *
     * @param digest     what the file is checked against: the metadata's, the caller's, or null
     * @param simpleMode the cloud gave no usable swarm, so the download runs in simple mode (99)
     * @param fileSize   the metadata's content length, or 0 when there is none
     */
    record OverHttp(ContentUrl source, FileDigest digest, boolean simpleMode, long fileSize, String reason)
            implements Plan {
    }

    /** No way to the file; in simple mode when the cloud already failed on the way. */
    record Failed(String reason, boolean simpleMode) implements Plan {
    }

    /**
     * The plan, and what the cloud said on the way (null where it did not get that far).
     *
     * @param cacheHost Geo's Connected Cache host for this client: used in place of the CDN host, with fallback
     * @param policy    KeyValue's policies for the device
     * @param cdn       the content's CDN URL, the caller's or the content policy's
     */
    record Outcome(Plan plan, String cacheHost, ClientPolicy policy, ContentUrl cdn) {
    }

    private final CloudClient cloud;
    private final DeviceProfile device;
    private final DownloadRequest request;
    private String cacheHost;
    private ClientPolicy policy;

    CloudBootstrap(CloudClient cloud, DeviceProfile device, DownloadRequest request) {
        this.cloud = cloud;
        this.device = device;
        this.request = request;
    }

    Outcome run() {
        GeoResponse geo;
        JsonNode bootstrap;
        ContentPolicy content;
        try {
            geo = cloud.geo(device.geoService(), device.profile(), device.groupId());
            cacheHost = firstCacheHost(geo);
            bootstrap = cloud.bootstrap(geo, device.profile());
            policy = ClientPolicy.from(bootstrap);
            content = cloud.contentPolicy(bootstrap, request.contentId(), geo, device.profile());
        } catch (CloudException e) {
            // unreachable, a 5xx, or a content Content Policy does not know: DO falls back to simple mode
            return outcome(simpleMode(null, e.getMessage()), null);
        }
        ContentUrl source = source(content);
        if (source == null) {
            return outcome(new Failed("no HTTP source: the caller gave none and the content policy lists no ContentCdnUrls",
                    false), null);
        }
        return outcome(fromMetadata(bootstrap, geo, content, source), source);
    }

    private Plan fromMetadata(JsonNode bootstrap, GeoResponse geo, ContentPolicy content, ContentUrl source) {
        List<String> metadataUrls = content.piecesHashFileCdnUrls();
        if (metadataUrls == null || metadataUrls.isEmpty()) {
            return simpleMode(source, "the content policy names no pieces-hash file");
        }
        PiecesHashFile metadata;
        List<byte[]> pieceHashes;
        try {
            metadata = cloud.piecesHashFile(metadataUrls.get(0));
            pieceHashes = metadata.verify();
            if (!metadata.hashOfHashes().equals(content.hashOfHashes())) {
                throw new CloudException("its HashOfHashes is not the content policy's");
            }
        } catch (CloudException | InvalidFieldException e) {
            return simpleMode(source, "the pieces-hash file is missing or does not match: " + e.getMessage());
        }
        FileDigest digest = new FileDigest(metadata.hashOfHashes(), metadata.pieceSize());
        String httpOnly = PeeringEligibility.httpOnlyReason(device.mode(), content.p2pAllowed(), metadata.contentLength(),
                policy, device.resources());
        if (httpOnly != null) {
            return new OverHttp(source, digest, false, metadata.contentLength(), httpOnly);
        }
        try {
            String collectiveArray = cloud.discover(bootstrap, request.contentId(), geo, device.profile());
            return new Peer(source, metadata, pieceHashes, collectiveArray);
        } catch (CloudException e) {
            return new OverHttp(source, digest, true, metadata.contentLength(), "Discovery gave no swarm: " + e.getMessage());
        }
    }

    /** Simple mode (99): HTTP only, checked against the caller's digest, since the cloud gave none. */
    private Plan simpleMode(ContentUrl source, String why) {
        ContentUrl fallback = source != null ? source
                : request.sourceUrl() != null ? ContentUrl.cdn(request.sourceUrl()) : null;
        if (fallback == null) {
            return new Failed(why + "; and the caller gave no source URL", true);
        }
        return new OverHttp(fallback, request.expected(), true, 0, why);
    }

    private Outcome outcome(Plan plan, ContentUrl cdn) {
        return new Outcome(plan, cacheHost, policy, cdn);
    }

    /** The CDN URL: the caller's, else the content policy's first. */
    private ContentUrl source(ContentPolicy content) {
        URI url = request.sourceUrl();
        if (url == null && content.contentCdnUrls() != null && !content.contentCdnUrls().isEmpty()) {
            url = URI.create(content.contentCdnUrls().get(0));
        }
        return url == null ? null : ContentUrl.cdn(url);
    }

    /** Geo's CacheHost is a comma-separated list (SPEC 10); DO's client takes them in order, the mock the first. */
    private static String firstCacheHost(GeoResponse geo) {
        if (geo.cacheHost() == null) {
            return null;
        }
        return Arrays.stream(geo.cacheHost().split(",")).map(String::trim).filter(host -> !host.isEmpty())
                .findFirst().orElse(null);
    }
}
