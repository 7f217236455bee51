package org.docloudmock.client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.docloudmock.client.cloud.CloudClient;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.client.cloud.DeviceConfiguration;
import org.docloudmock.client.http.CacheHostFallback;
import org.docloudmock.client.http.ContentSource;
import org.docloudmock.client.http.HttpRangeSource;
import org.docloudmock.client.http.WholeFileDownload;
import org.docloudmock.client.swarm.PeerInfo;
import org.docloudmock.client.swarm.PeerNode;
import org.docloudmock.client.swarm.PieceStore;
import org.docloudmock.client.swarm.RangeSource;
import org.docloudmock.client.swarm.SwarmSession;
import org.docloudmock.client.swarm.SwarmSettings;
import org.docloudmock.client.swarm.TransferCounters;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.JoinEvent;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.geo.GeoResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One content downloading on one device, following SPEC 1: Geo, KeyValue, Content Policy, the pieces-hash
 * file checked against HashOfHashes, Discovery, then joins to Array while peers and the HTTP source fill
 * the file. Whatever keeps it from peering sends it down the HTTP-only road, as DO does.
 */
public final class Download implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Download.class);
    private static final int PEERS_WANTED = 50;
    private static final int HTTP_ATTEMPTS = 5;
    /** One range at a time: a piece on its way over HTTP is invisible to peers, so fewer is fewer duplicates. */
    private static final int HTTP_REQUESTS_PER_DEVICE = 1;
    private static final Duration PEER_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long EARLY_JOIN_SPACING_MILLIS = 1_000;

    private final ClientRuntime runtime;
    private final DoClient client;
    private final DeviceProfile device;
    private final DownloadRequest request;
    private final CloudClient cloud;
    private final TransferCounters counters = new TransferCounters();
    private final CompletableFuture<DownloadStatus> done = new CompletableFuture<>();
    private final AtomicLong joinSequence = new AtomicLong();
    private volatile String state = DownloadStatus.DOWNLOADING;
    private volatile int mode;
    private volatile String reason;
    private volatile boolean verified;
    private volatile long fileSize;
    private volatile long lastJoinNanos;
    private volatile long reannounceSecs;
    private final long startedNanos = System.nanoTime();
    private volatile long finishedNanos;
    private volatile URI sourceUrl;
    private DeviceConfiguration configuration;
    private PeerNode node;
    private PieceStore store;
    private SwarmSession session;
    private String collectiveArray;
    /** Geo's Connected Cache host for this client, or null: used in place of the CDN host, with fallback. */
    private volatile String cacheHost;
    private ScheduledFuture<?> nextJoin;
    private boolean closed;

    Download(ClientRuntime runtime, DoClient client, DownloadRequest request) {
        this.runtime = runtime;
        this.client = client;
        this.device = client.device();
        this.request = request;
        this.mode = device.mode().code();
        this.cloud = new CloudClient(runtime.http(), runtime.json(), runtime.settings().cloudTimeout(), device.externalIp());
    }

    /** Completes once the file is whole and checked, or the download failed; seeding goes on after it. */
    public CompletableFuture<DownloadStatus> done() {
        return done;
    }

    /** As {@code Get-DeliveryOptimizationStatus} shows it (SPEC 10). */
    public DownloadStatus status() {
        long fromPeers = counters.fromPeers();
        long fromCacheServer = counters.fromCacheServer();
        // DO's BytesFromHttp leaves the cache server's bytes out (Microsoft Learn's Connected Cache example)
        long fromHttp = counters.fromHttp() - fromCacheServer;
        long total = fromPeers + fromHttp + fromCacheServer;
        double percentPeerCaching = total == 0 ? 0 : Math.round(1000.0 * fromPeers / total) / 10.0;
        boolean finished = !DownloadStatus.DOWNLOADING.equals(state);
        long endNanos = finished && finishedNanos != 0 ? finishedNanos : System.nanoTime();
        Duration took = Duration.ofNanos(endNanos - startedNanos);
        PieceStore pieces = store;
        long inCache = pieces != null ? pieces.storedBytes() : finished ? fileSize : 0;
        Duration cacheAge = configuration != null ? configuration.maxCacheAge() : DeviceConfiguration.DEFAULT_MAX_CACHE_AGE;
        Instant expireOn = Instant.now().minus(Duration.ofNanos(System.nanoTime() - endNanos)).plus(cacheAge);
        return new DownloadStatus(request.contentId(), fileSize, inCache, total, percentPeerCaching, fromPeers, fromHttp,
                state, DownloadStatus.FOREGROUND, fromCacheServer,
                counters.fromPeers(PeerType.Lan), 0, counters.fromPeers(PeerType.Group), counters.fromPeers(PeerType.Internet),
                counters.toPeers(PeerType.Lan), 0, counters.toPeers(PeerType.Group), counters.toPeers(PeerType.Internet),
                timeSpan(took), counters.httpConnections(), counters.cacheServerConnections(),
                counters.connections(PeerType.Lan), 0, counters.connections(PeerType.Group),
                counters.connections(PeerType.Internet), mode, sourceUrl == null ? null : sourceUrl.toString(),
                cacheHost == null ? "" : cacheHost, counters.peersInSwarm(), DownloadStatus.CALLER,
                expireOn.truncatedTo(ChronoUnit.SECONDS).toString(), false, counters.bannedPeers(), verified, reason);
    }

    /** The peers of this download as {@code Get-DeliveryOptimizationStatus -PeerInfo} lists them. */
    public List<PeerInfo> peerInfo() {
        return counters.peerInfo();
    }

    /** A .NET TimeSpan as PowerShell prints it: {@code hh:mm:ss.fffffff}. */
    static String timeSpan(Duration duration) {
        long ticks = duration.toNanos() / 100;
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%07d", duration.toHours(), duration.toMinutesPart(),
                duration.toSecondsPart(), ticks % 10_000_000);
    }

    /** Verified bytes received from each peer, by peer id. */
    public Map<PeerId, Long> bytesFromEachPeer() {
        return counters.fromEachPeer();
    }

    void run() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.warn("device {}: download of {} failed", device.name(), request.contentId(), e);
            fail(e.toString());
        }
    }

    private void follow() {
        GeoResponse geo;
        JsonNode bootstrap;
        ContentPolicy policy;
        try {
            geo = cloud.geo(device.geoService(), device.profile(), device.groupId());
            cacheHost = firstCacheHost(geo);
            bootstrap = cloud.bootstrap(geo, device.profile());
            configuration = DeviceConfiguration.from(bootstrap);
            policy = cloud.contentPolicy(bootstrap, request.contentId(), geo, device.profile());
        } catch (CloudException e) {
            // unreachable, a 5xx, or a content Content Policy does not know: DO falls back to simple mode
            simpleMode(null, e.getMessage());
            return;
        }
        ContentSource source = source(policy);
        sourceUrl = source == null ? null : source.url();
        if (source == null) {
            fail("no HTTP source: the caller gave none and the content policy lists no ContentCdnUrls");
            return;
        }
        List<String> metadataUrls = policy.piecesHashFileCdnUrls();
        if (metadataUrls == null || metadataUrls.isEmpty()) {
            simpleMode(source, "the content policy names no pieces-hash file");
            return;
        }
        PiecesHashFile metadata;
        List<byte[]> pieceHashes;
        try {
            metadata = cloud.piecesHashFile(metadataUrls.get(0));
            pieceHashes = metadata.verify();
            if (!metadata.hashOfHashes().equals(policy.hashOfHashes())) {
                throw new CloudException("its HashOfHashes is not the content policy's");
            }
        } catch (CloudException | InvalidFieldException e) {
            simpleMode(source, "the pieces-hash file is missing or does not match: " + e.getMessage());
            return;
        }
        fileSize = metadata.contentLength();
        FileDigest digest = new FileDigest(metadata.hashOfHashes(), metadata.pieceSize());
        String httpOnly = httpOnlyReason(policy, metadata);
        if (httpOnly != null) {
            overHttp(source, digest, httpOnly);
            return;
        }
        try {
            collectiveArray = cloud.discover(bootstrap, request.contentId(), geo, device.profile());
        } catch (CloudException e) {
            mode = DownloadMode.SIMPLE.code();
            overHttp(source, digest, "Discovery gave no swarm: " + e.getMessage());
            return;
        }
        peer(source, metadata, pieceHashes);
    }

    /** Simple mode (99): HTTP only, checked against the caller's digest, since the cloud gave none. */
    private void simpleMode(ContentSource source, String why) {
        mode = DownloadMode.SIMPLE.code();
        ContentSource fallback = source != null ? source
                : request.sourceUrl() != null ? ContentSource.cdn(request.sourceUrl()) : null;
        if (fallback == null) {
            fail(why + "; and the caller gave no source URL");
            return;
        }
        overHttp(fallback, request.expected(), why);
    }

    private String httpOnlyReason(ContentPolicy policy, PiecesHashFile metadata) {
        return PeeringEligibility.httpOnlyReason(device.mode(), policy.p2pAllowed(), metadata.contentLength(),
                configuration, device.resources());
    }

    /** The CDN URL: the caller's, else the content policy's first. */
    private ContentSource source(ContentPolicy policy) {
        URI url = request.sourceUrl();
        if (url == null && policy.contentCdnUrls() != null && !policy.contentCdnUrls().isEmpty()) {
            url = URI.create(policy.contentCdnUrls().get(0));
        }
        return url == null ? null : ContentSource.cdn(url);
    }

    /** Geo's CacheHost is a comma-separated list (SPEC 10); DO's client takes them in order, the mock the first. */
    private static String firstCacheHost(GeoResponse geo) {
        if (geo.cacheHost() == null) {
            return null;
        }
        return Arrays.stream(geo.cacheHost().split(",")).map(String::trim).filter(host -> !host.isEmpty())
                .findFirst().orElse(null);
    }

    /** DO's delay before a slow cache host gives way to the CDN; the mock's downloads are foreground (IsBackground false). */
    private Duration cacheServerFallbackDelay() {
        return configuration == null ? Duration.ZERO : configuration.cacheServerFallbackForeground();
    }

    /**
     * The whole file in one GET: from the cache host when Geo named one, in place of the CDN host; from the CDN
     * at once when the cache host errs or has not answered within the fallback delay (no health check first, SPEC 10).
     */
    private void overHttp(ContentSource cdn, FileDigest digest, String why) {
        reason = why;
        log.info("device {}: {} over HTTP only (mode {}): {}", device.name(), request.contentId(), mode, why);
        int pieceSize = digest != null ? digest.pieceSize() : PiecesHashFile.DEFAULT_PIECE_SIZE;
        String viaCache = cacheHost;
        ContentSource source = viaCache != null ? ContentSource.viaCacheHost(cdn.url(), viaCache) : cdn;
        IOException last = null;
        for (int attempt = 1; attempt <= HTTP_ATTEMPTS && !isClosed(); attempt++) {
            ContentSource from = source;
            Duration firstByte = from.cacheServer() && !cacheServerFallbackDelay().isZero()
                    ? cacheServerFallbackDelay() : WholeFileDownload.FIRST_BYTE_TIMEOUT;
            try {
                PiecesHashFile received = WholeFileDownload.fetch(runtime.http(), from, device.externalIp(),
                        request.target(), pieceSize, firstByte, bytes -> counters.receivedOverHttp(bytes, from.cacheServer()));
                counters.httpConnection(from.cacheServer());
                fileSize = received.contentLength();
                verified = digest != null && digest.hashOfHashes().equals(received.hashOfHashes());
                finish(DownloadStatus.COMPLETE);
                return;
            } catch (IOException e) {
                last = e;
                if (from.cacheServer()) {
                    log.info("device {}: cache host {} failed ({}), falling back to the CDN", device.name(), viaCache, e.toString());
                    source = cdn;
                    attempt--;
                    continue;
                }
                log.info("device {}: HTTP download attempt {} failed: {}", device.name(), attempt, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!pause(250L << attempt)) {
                return;
            }
        }
        fail("the HTTP source failed " + HTTP_ATTEMPTS + " times: " + last);
    }

    private void peer(ContentSource source, PiecesHashFile metadata, List<byte[]> pieceHashes) {
        ClientSettings settings = runtime.settings();
        synchronized (this) {
            if (closed) {
                return;
            }
            node = client.node(configuration);
            store = new PieceStore(request.target(), metadata, pieceHashes);
            SwarmSettings swarm = new SwarmSettings(configuration.maxPeers(), settings.httpDelay(),
                    HTTP_REQUESTS_PER_DEVICE, PEER_REQUEST_TIMEOUT);
            session = SwarmSession.open(node, store, metadata.hashOfHashesBytes(), rangeSource(source), swarm, settings.peerAddresses(), counters, new SwarmSession.Events() {
                        @Override
                        public void completed() {
                            runtime.blocking().execute(Download.this::onAllPieces);
                        }

                        @Override
                        public void unknownPeer() {
                            joinSoon();
                        }
                    });
        }
        log.info("device {}: {} in download mode {} from peers at {} and {}", device.name(), request.contentId(), mode,
                node.address(), source.url());
        join(JoinEvent.STARTED);
        scheduleJoin(joinIntervalMillis());
    }

    /** Pieces over HTTP: from the cache host, if Geo named one, falling back to the CDN range by range. */
    private RangeSource rangeSource(ContentSource cdn) {
        Duration timeout = runtime.settings().cloudTimeout().multipliedBy(4);
        RangeSource fromCdn = new HttpRangeSource(runtime.http(), cdn, device.externalIp(), timeout);
        String viaCache = cacheHost;
        if (viaCache == null) {
            return fromCdn;
        }
        RangeSource fromCache = new HttpRangeSource(runtime.http(), ContentSource.viaCacheHost(cdn.url(), viaCache),
                device.externalIp(), timeout);
        return new CacheHostFallback(fromCache, fromCdn, cacheServerFallbackDelay(), runtime.timers(), Clock.systemUTC());
    }

    private void onAllPieces() {
        verified = store.verifyFile();
        if (!verified) {
            reason = "the assembled file failed verification";
        }
        finish(verified && node.uploads().allowed() ? DownloadStatus.CACHING : DownloadStatus.COMPLETE);
        join(JoinEvent.COMPLETED);
    }

    // ---- Array

    private void join(JoinEvent event) {
        lastJoinNanos = System.nanoTime();
        try {
            JoinResponse response = cloud.join(collectiveArray, joinRequest(event));
            reannounceSecs = response.reannounceIntervalSecs();
            if (event != JoinEvent.STOPPED) {
                session.updatePeers(response.peers() == null ? List.of() : response.peers(), response.numberOfPeers());
            }
        } catch (CloudException e) {
            log.info("device {}: join ({}) failed: {}", device.name(), event, e.getMessage());
            if (event == JoinEvent.STARTED) {
                session.updatePeers(List.of(), 0); // carry on from the HTTP source, and try Array again later
            }
        }
    }

    private JoinRequest joinRequest(JoinEvent event) {
        long stored = store.storedBytes();
        return new JoinRequest(request.contentId(), null, client.peerId().hex(),
                node.address().getAddress().getHostAddress(), "255.255.255.0", null, false,
                counters.toPeers(), stored, counters.fromHttp() - counters.fromCacheServer(), counters.fromCacheServer(),
                store.contentLength() - stored, event.ordinal(), !node.uploads().allowed(), PEERS_WANTED,
                device.mode() == DownloadMode.GROUP ? device.groupId() : null, mode, device.profile(),
                joinSequence.incrementAndGet(), null, null, null, node.address().getPort(),
                configuration.restrictPeerSelectionBy());
    }

    private void periodicJoin() {
        synchronized (this) {
            nextJoin = null;
            if (closed) {
                return;
            }
        }
        join(JoinEvent.PERIODIC);
        scheduleJoin(joinIntervalMillis());
    }

    /** A peer Array has not named connected: ask Array again soon, at most once a second. */
    private void joinSoon() {
        long sinceLast = (System.nanoTime() - lastJoinNanos) / 1_000_000;
        scheduleJoin(Math.max(0, EARLY_JOIN_SPACING_MILLIS - sinceLast));
    }

    private synchronized void scheduleJoin(long delayMillis) {
        if (closed || (nextJoin != null && nextJoin.getDelay(TimeUnit.MILLISECONDS) <= delayMillis)) {
            return;
        }
        if (nextJoin != null) {
            nextJoin.cancel(false);
        }
        nextJoin = runtime.timers().schedule(() -> runtime.blocking().execute(this::periodicJoin), delayMillis,
                TimeUnit.MILLISECONDS);
    }

    private long joinIntervalMillis() {
        if (runtime.settings().rejoinInterval() != null) {
            return runtime.settings().rejoinInterval().toMillis();
        }
        // KeyValue paces a downloading peer; once it only seeds, Array's ReannounceIntervalSecs does
        boolean downloading = DownloadStatus.DOWNLOADING.equals(state);
        return downloading || reannounceSecs <= 0 ? configuration.rejoinInterval().toMillis() : reannounceSecs * 1000;
    }

    // ---- end

    private void finish(String finalState) {
        finishedNanos = System.nanoTime();
        state = finalState;
        DownloadStatus status = status();
        log.info("device {}: {} {} ({} bytes from peers, {} over HTTP, verified {})", device.name(), request.contentId(),
                finalState, status.bytesFromPeers(), status.bytesFromHttp(), verified);
        done.complete(status);
    }

    private void fail(String why) {
        finishedNanos = System.nanoTime();
        reason = why;
        state = DownloadStatus.FAILED;
        log.warn("device {}: {} failed: {}", device.name(), request.contentId(), why);
        done.complete(status());
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Backs off before another attempt; false when interrupted (the client is shutting down). */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Leaves the swarm (a stopped join) and stops serving. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (nextJoin != null) {
                nextJoin.cancel(false);
            }
        }
        if (session != null) {
            session.close();
            join(JoinEvent.STOPPED);
            store.close();
        }
        done.complete(status());
    }
}
