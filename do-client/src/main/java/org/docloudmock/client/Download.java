package org.docloudmock.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.docloudmock.client.clock.Ticker;
import org.docloudmock.client.cloud.ClientPolicy;
import org.docloudmock.client.cloud.CloudClient;
import org.docloudmock.client.http.CacheHostFallback;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.client.http.HttpRangeSource;
import org.docloudmock.client.swarm.PeerInfo;
import org.docloudmock.client.swarm.PeerNode;
import org.docloudmock.client.swarm.PieceStore;
import org.docloudmock.client.swarm.RangeSource;
import org.docloudmock.client.swarm.SwarmSession;
import org.docloudmock.client.swarm.SwarmSettings;
import org.docloudmock.client.swarm.TransferCounters;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.JoinEvent;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One content downloading on one device, following SPEC 1: the cloud bootstrap ({@link CloudBootstrap}) plans
 * it, then either joins to Array ({@link JoinSchedule}) while peers and the HTTP source fill the file, or,
 * whatever keeps it from peering, takes the HTTP-only road ({@link HttpOnlyDownload}), as DO does.
 */
public final class Download implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Download.class);
    private static final int PEERS_WANTED = 50;
    /** One range at a time: a piece on its way over HTTP is invisible to peers, so fewer is fewer duplicates. */
    private static final int HTTP_REQUESTS_PER_DEVICE = 1;
    private static final Duration PEER_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final ClientRuntime runtime;
    private final DoClient client;
    private final DeviceProfile device;
    private final DownloadRequest request;
    private final CloudClient cloud;
    private final Ticker ticker;
    private final TransferCounters counters = new TransferCounters();
    private final CompletableFuture<DownloadStatus> done = new CompletableFuture<>();
    private final AtomicLong joinSequence = new AtomicLong();
    private final long startedNanos;
    private volatile DownloadState state = DownloadState.DOWNLOADING;
    private volatile int mode;
    private volatile String reason;
    private volatile boolean verified;
    private volatile long fileSize;
    private volatile long finishedNanos;
    private volatile URI sourceUrl;
    /** Geo's Connected Cache host for this client, or null: used in place of the CDN host, with fallback. */
    private volatile String cacheHost;
    private volatile ClientPolicy policy;
    private PeerNode node;
    private PieceStore store;
    private SwarmSession session;
    private JoinSchedule joins;
    private boolean closed;

    Download(ClientRuntime runtime, DoClient client, DownloadRequest request) {
        this.runtime = runtime;
        this.client = client;
        this.device = client.device();
        this.request = request;
        this.mode = device.mode().code();
        this.ticker = runtime.ticker();
        this.startedNanos = ticker.nanoTime();
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
        boolean finished = state != DownloadState.DOWNLOADING;
        long now = ticker.nanoTime();
        long endNanos = finished && finishedNanos != 0 ? finishedNanos : now;
        Duration took = Duration.ofNanos(endNanos - startedNanos);
        PieceStore pieces = store;
        long inCache = pieces != null ? pieces.storedBytes() : finished ? fileSize : 0;
        Duration cacheAge = policy != null ? policy.maxCacheAge() : ClientPolicy.DEFAULT_MAX_CACHE_AGE;
        Instant expireOn = Instant.now().minus(Duration.ofNanos(now - endNanos)).plus(cacheAge);
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
            follow(new CloudBootstrap(cloud, device, request).run());
        } catch (RuntimeException e) {
            log.warn("device {}: download of {} failed", device.name(), request.contentId(), e);
            fail(e.toString());
        }
    }

    private void follow(CloudBootstrap.Outcome outcome) {
        cacheHost = outcome.cacheHost();
        policy = outcome.policy();
        sourceUrl = outcome.cdn() == null ? null : outcome.cdn().url();
        if (outcome.plan() instanceof CloudBootstrap.Failed failed) {
            if (failed.simpleMode()) {
                mode = DownloadMode.SIMPLE.code();
            }
            fail(failed.reason());
        } else if (outcome.plan() instanceof CloudBootstrap.OverHttp overHttp) {
            if (overHttp.simpleMode()) {
                mode = DownloadMode.SIMPLE.code();
            }
            fileSize = overHttp.fileSize();
            overHttp(overHttp);
        } else if (outcome.plan() instanceof CloudBootstrap.Peer peer) {
            fileSize = peer.metadata().contentLength();
            peer(peer);
        }
    }

    /** DO's delay before a slow cache host gives way to the CDN; the mock's downloads are foreground (IsBackground false). */
    private Duration cacheServerFallbackDelay() {
        return policy == null ? Duration.ZERO : policy.cacheServerFallbackForeground();
    }

    private void overHttp(CloudBootstrap.OverHttp plan) {
        reason = plan.reason();
        log.info("device {}: {} over HTTP only (mode {}): {}", device.name(), request.contentId(), mode, plan.reason());
        FileDigest digest = plan.digest();
        int pieceSize = digest != null ? digest.pieceSize() : PiecesHashFile.DEFAULT_PIECE_SIZE;
        try {
            PiecesHashFile received = new HttpOnlyDownload(runtime.http(), device, request.target(), counters,
                    this::isClosed).fetch(plan.source(), cacheHost, cacheServerFallbackDelay(), pieceSize);
            fileSize = received.contentLength();
            verified = digest != null && digest.hashOfHashes().equals(received.hashOfHashes());
            finish(DownloadState.COMPLETE);
        } catch (IOException e) {
            fail("the HTTP source failed " + HttpOnlyDownload.ATTEMPTS + " times: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void peer(CloudBootstrap.Peer plan) {
        ClientSettings settings = runtime.settings();
        synchronized (this) {
            if (closed) {
                return;
            }
            node = client.node(policy);
            store = new PieceStore(request.target(), plan.metadata(), plan.pieceHashes());
            joins = new JoinSchedule(cloud, plan.collectiveArray(), this::joinRequest, device.name(), runtime.timers(),
                    runtime.blocking(), ticker, new JoinSchedule.Intervals(settings.rejoinInterval(), policy.rejoinInterval()),
                    () -> state == DownloadState.DOWNLOADING);
            SwarmSettings swarm = new SwarmSettings(policy.maxPeers(), settings.httpDelay(), HTTP_REQUESTS_PER_DEVICE,
                    PEER_REQUEST_TIMEOUT);
            session = SwarmSession.open(node, store, plan.metadata().hashOfHashesBytes(), rangeSource(plan.source()), swarm,
                    settings.peerAddresses(), counters, new SwarmSession.Events() {
                        @Override
                        public void completed() {
                            runtime.blocking().execute(Download.this::onAllPieces);
                        }

                        @Override
                        public void unknownPeer() {
                            joins.soon();
                        }
                    });
        }
        log.info("device {}: {} in download mode {} from peers at {} and {}", device.name(), request.contentId(), mode,
                node.address(), plan.source().url());
        joins.start(session);
    }

    /** Pieces over HTTP: from the cache host, if Geo named one, falling back to the CDN range by range. */
    private RangeSource rangeSource(ContentUrl cdn) {
        Duration timeout = runtime.settings().cloudTimeout().multipliedBy(4);
        RangeSource fromCdn = new HttpRangeSource(runtime.http(), cdn, device.externalIp(), timeout);
        String viaCache = cacheHost;
        if (viaCache == null) {
            return fromCdn;
        }
        RangeSource fromCache = new HttpRangeSource(runtime.http(), ContentUrl.viaCacheHost(cdn.url(), viaCache),
                device.externalIp(), timeout);
        return new CacheHostFallback(fromCache, fromCdn, cacheServerFallbackDelay(), runtime.timers(), ticker);
    }

    private void onAllPieces() {
        verified = store.verifyFile();
        if (!verified) {
            reason = "the assembled file failed verification";
        }
        finish(verified && node.uploads().allowed() ? DownloadState.CACHING : DownloadState.COMPLETE);
        joins.join(JoinEvent.COMPLETED);
    }

    private JoinRequest joinRequest(JoinEvent event) {
        long stored = store.storedBytes();
        return JoinRequest.builder()
                .contentId(request.contentId())
                .peerId(client.peerId().hex())
                .reportedIp(node.address().getAddress().getHostAddress())
                .subnetMask("255.255.255.0")
                .background(false)
                .uploaded(counters.toPeers())
                .downloaded(stored)
                .downloadedCdn(counters.fromHttp() - counters.fromCacheServer())
                .downloadedDoinc(counters.fromCacheServer())
                .left(store.contentLength() - stored)
                .joinRequestEvent(event.ordinal())
                .restrictedUpload(!node.uploads().allowed())
                .peersWanted(PEERS_WANTED)
                .groupId(device.mode() == DownloadMode.GROUP ? device.groupId() : null)
                .scope(mode)
                .profile(device.profile())
                .seq(joinSequence.incrementAndGet())
                .port(node.address().getPort())
                .restrictPeerSelectionBy(policy.restrictPeerSelectionBy())
                .build();
    }

    private void finish(DownloadState finalState) {
        finishedNanos = ticker.nanoTime();
        state = finalState;
        DownloadStatus status = status();
        log.info("device {}: {} {} ({} bytes from peers, {} over HTTP, verified {})", device.name(), request.contentId(),
                finalState, status.bytesFromPeers(), status.bytesFromHttp(), verified);
        done.complete(status);
    }

    private void fail(String why) {
        finishedNanos = ticker.nanoTime();
        reason = why;
        state = DownloadState.FAILED;
        log.warn("device {}: {} failed: {}", device.name(), request.contentId(), why);
        done.complete(status());
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Leaves the swarm (a stopped join) and stops serving. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (joins != null) {
                joins.stop();
            }
        }
        if (session != null) {
            session.close();
            joins.join(JoinEvent.STOPPED);
            store.close();
        }
        done.complete(status());
    }
}
