package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.client.http.HttpRangeSource;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peers on loopback addresses trading a real content over the Swarm protocol, with a CDN behind them. */
class SwarmSessionTest {

    private static final int PIECE_SIZE = 256 * 1024;

    @TempDir
    Path files;

    private final byte[] content = new byte[5 * 1024 * 1024 + 12_345];
    private PiecesHashFile metadata;
    private FakeCdn cdn;
    private SwarmReactor reactor;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Peer> peers = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        new Random(7).nextBytes(content);
        PieceHasher hasher = new PieceHasher(PIECE_SIZE);
        hasher.update(content, 0, content.length);
        metadata = hasher.finish();
        cdn = new FakeCdn(content);
        reactor = new SwarmReactor(2);
    }

    @AfterEach
    void tearDown() {
        peers.forEach(Peer::close);
        reactor.close();
        cdn.close();
    }

    @Test
    void peersThatStartTogetherFetchAboutOneCopyFromTheCdnAndTheRestFromEachOther() throws Exception {
        for (int i = 1; i <= 6; i++) {
            start(i, false);
        }
        introduceEveryoneToEveryone();

        awaitCompletion(peers);

        for (Peer peer : peers) {
            assertThat(Files.readAllBytes(peer.store.path())).isEqualTo(content);
            assertThat(peer.store.verifyFile()).isTrue();
        }
        assertThat(cdn.servedBytes()).as("bytes the CDN served, one copy being %d", content.length)
                .isLessThan(content.length * 3L / 2);
        long fromPeers = peers.stream().mapToLong(peer -> peer.counters.fromPeers(PeerType.Lan)).sum();
        assertThat(fromPeers).isGreaterThanOrEqualTo(6L * content.length - cdn.servedBytes());
    }

    @Test
    void aPeerServingCorruptPiecesIsBannedByEveryPeerAndNoBadByteLandsInAnyFile() throws Exception {
        Peer faulty = start(1, true);
        for (int i = 2; i <= 5; i++) {
            start(i, false);
        }
        introduceEveryoneToEveryone();

        awaitCompletion(peers);

        for (Peer peer : peers.stream().filter(peer -> peer != faulty).toList()) {
            assertThat(Files.readAllBytes(peer.store.path())).isEqualTo(content);
            assertThat(peer.counters.fromEachPeer()).doesNotContainKey(faulty.node.peerId());
            // it claims every piece, so every peer asks it, gets bad pieces, and bans it
            assertThat(peer.counters.bannedPeers()).isEqualTo(1);
            assertThat(peer.counters.discarded()).isPositive();
        }
        assertThat(Files.readAllBytes(faulty.store.path())).as("what it downloads itself is checked too").isEqualTo(content);
    }

    @Test
    void aLonePeerFetchesEverythingOverHttp() throws Exception {
        Peer alone = start(1, false);
        alone.session.updatePeers(List.of(), 0);

        awaitCompletion(peers);

        assertThat(Files.readAllBytes(alone.store.path())).isEqualTo(content);
        assertThat(alone.counters.fromHttp()).isEqualTo(content.length);
        assertThat(cdn.servedBytes()).isEqualTo(content.length);
    }

    private Peer start(int index, boolean faulty) {
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        PeerNode node = PeerNode.start(reactor, PeerId.of(id), new InetSocketAddress("127.0.77." + index, 0),
                new UploadGate(true, 0, 0, faulty));
        PieceStore store = new PieceStore(files.resolve("peer-" + index), metadata, metadata.verify());
        TransferCounters counters = new TransferCounters();
        CompletableFuture<Void> completed = new CompletableFuture<>();
        SwarmSettings settings = new SwarmSettings(8, Duration.ofMillis(300), 2, Duration.ofSeconds(5));
        SwarmSession session = SwarmSession.open(node, store, metadata.hashOfHashesBytes(),
                new HttpRangeSource(http, ContentUrl.cdn(cdn.url()), null, Duration.ofSeconds(5)),
                settings, PeerAddressResolver.direct(), counters, new SwarmSession.Events() {
                    @Override
                    public void completed() {
                        completed.complete(null);
                    }

                    @Override
                    public void unknownPeer() {
                    }
                });
        Peer peer = new Peer(node, store, session, counters, completed);
        peers.add(peer);
        return peer;
    }

    /** What Array does for peers of one NAT in LAN mode: each learns all the others. */
    private void introduceEveryoneToEveryone() {
        for (Peer peer : peers) {
            List<PeerEntry> others = peers.stream().filter(other -> other != peer)
                    .map(other -> new PeerEntry(other.node.peerId().hex(), other.node.address().getAddress().getHostAddress(),
                            other.node.address().getPort(), PeerType.Lan, false))
                    .toList();
            peer.session.updatePeers(others, others.size());
        }
    }

    private static void awaitCompletion(List<Peer> peers) throws Exception {
        CompletableFuture.allOf(peers.stream().map(peer -> peer.completed).toArray(CompletableFuture[]::new))
                .get(20, TimeUnit.SECONDS);
    }

    private record Peer(PeerNode node, PieceStore store, SwarmSession session, TransferCounters counters,
                        CompletableFuture<Void> completed) {
        void close() {
            node.close();
            store.close();
        }
    }
}
