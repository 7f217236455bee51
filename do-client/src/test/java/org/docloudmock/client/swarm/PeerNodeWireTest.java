package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.client.http.HttpRangeSource;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.swarm.SwarmCodec;
import org.docloudmock.protocol.swarm.SwarmHandshake;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed's peer node, spoken to byte by byte over a plain socket, as another implementation would. */
class PeerNodeWireTest {

    private static final int PIECE_SIZE = 64 * 1024;
    private static final PeerId STRANGER = new PeerId("00112233445566778899aabbccddeeff00112233");

    @TempDir
    Path files;

    private final byte[] content = new byte[3 * PIECE_SIZE + 100];
    private SwarmReactor reactor;
    private PeerNode seed;
    private PiecesHashFile metadata;
    private final TransferCounters counters = new TransferCounters();

    @BeforeEach
    void startASeed() throws Exception {
        new Random(3).nextBytes(content);
        PieceHasher hasher = new PieceHasher(PIECE_SIZE);
        hasher.update(content, 0, content.length);
        metadata = hasher.finish();
        reactor = new SwarmReactor(1);
        seed = PeerNode.start(reactor, new PeerId("ffeeddccbbaa99887766554433221100ffeeddcc"),
                new InetSocketAddress("127.0.78.1", 0), UploadGate.unlimited());
        try (FakeCdn cdn = new FakeCdn(content)) {
            CompletableFuture<Void> seeded = new CompletableFuture<>();
            SwarmSession session = SwarmSession.open(seed, new PieceStore(files.resolve("seed"), metadata, metadata.verify()),
                    metadata.hashOfHashesBytes(), new HttpRangeSource(
                            HttpClient.newHttpClient(), ContentUrl.cdn(cdn.url()),
                            null, Duration.ofSeconds(5)),
                    new SwarmSettings(8, Duration.ofMillis(100), 1, Duration.ofSeconds(5)), PeerAddressResolver.direct(), counters, new SwarmSession.Events() {
                        @Override
                        public void completed() {
                            seeded.complete(null);
                        }

                        @Override
                        public void unknownPeer() {
                        }
                    });
            session.updatePeers(List.of(), 0);
            seeded.get(10, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void stop() {
        seed.close();
        reactor.close();
    }

    @Test
    void answersTheHandshakeThenSaysWhatItHasAndServesARequestedBlock() throws Exception {
        try (Socket socket = connect()) {
            send(socket, new SwarmHandshake(metadata.hashOfHashesBytes(), STRANGER).encode());
            DataInputStream in = new DataInputStream(socket.getInputStream());

            byte[] handshake = in.readNBytes(SwarmHandshake.LENGTH);
            assertThat(SwarmHandshake.decode(ByteBuffer.wrap(handshake)))
                    .isEqualTo(new SwarmHandshake(metadata.hashOfHashesBytes(), seed.peerId()));
            assertThat(readMessage(in)).isEqualTo(new SwarmMessage.BitField(new byte[] {(byte) 0xF0}));

            send(socket, SwarmCodec.encode(new SwarmMessage.Interested()));
            assertThat(readMessage(in)).isEqualTo(new SwarmMessage.Unchoke());

            send(socket, SwarmCodec.encode(new SwarmMessage.Request(3, 36, 64)));
            assertThat(readMessage(in)).isEqualTo(new SwarmMessage.Piece(3, 36,
                    Arrays.copyOfRange(content, 3 * PIECE_SIZE + 36, 3 * PIECE_SIZE + 100)));
        }
    }

    @Test
    void skipsHeapSprayingAndUnknownMessagesAndKeepsServing() throws Exception {
        try (Socket socket = connect()) {
            send(socket, new SwarmHandshake(metadata.hashOfHashesBytes(), STRANGER).encode());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            in.readNBytes(SwarmHandshake.LENGTH);
            readMessage(in); // BitField

            // id 20 with DoSvc's largest payload, arriving in pieces; then an id nobody knows
            ByteBuffer spray = SwarmCodec.encode(new SwarmMessage.Discarded(SwarmMessage.HEAP_SPRAYING,
                    SwarmCodec.MAX_MESSAGE_LENGTH - 1));
            for (int from = 0; from < spray.limit(); from += 100_000) {
                socket.getOutputStream().write(spray.array(), from, Math.min(100_000, spray.limit() - from));
            }
            send(socket, SwarmCodec.encode(new SwarmMessage.Discarded(99, 7)));
            send(socket, SwarmCodec.encode(new SwarmMessage.Interested()));
            assertThat(readMessage(in)).isEqualTo(new SwarmMessage.Unchoke());
            send(socket, SwarmCodec.encode(new SwarmMessage.Request(0, 0, 16)));

            assertThat(readMessage(in)).isEqualTo(new SwarmMessage.Piece(0, 0, Arrays.copyOf(content, 16)));
            assertThat(counters.discardedMessages()).isEqualTo(2);
            assertThat(counters.discardedMessageBytes()).isEqualTo(SwarmCodec.MAX_MESSAGE_LENGTH - 1 + 7);
        }
    }

    @Test
    void closesOnAHandshakeForAnotherSwarm() throws Exception {
        try (Socket socket = connect()) {
            send(socket, new SwarmHandshake(new byte[32], STRANGER).encode());

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void closesOnAHandshakeThatIsNotTheSwarmProtocol() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(19);
            out.write("BitTorrent protocol".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void closesOnAnOversizedLengthAndOnAnOversizedRequest() throws Exception {
        for (ByteBuffer abuse : List.of(ByteBuffer.allocate(4).putInt(SwarmCodec.MAX_MESSAGE_LENGTH + 1).flip(),
                SwarmCodec.encode(new SwarmMessage.Request(0, 0, SwarmCodec.MAX_BLOCK_LENGTH + 1)))) {
            try (Socket socket = connect()) {
                send(socket, new SwarmHandshake(metadata.hashOfHashesBytes(), STRANGER).encode());
                send(socket, SwarmCodec.encode(new SwarmMessage.Interested()));
                DataInputStream in = new DataInputStream(socket.getInputStream());
                in.readNBytes(SwarmHandshake.LENGTH);
                readMessage(in); // BitField
                readMessage(in); // Unchoke

                send(socket, abuse);

                assertThat(in.read()).isEqualTo(-1);
            }
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setSoTimeout(5_000);
        socket.connect(seed.address(), 5_000);
        return socket;
    }

    private static void send(Socket socket, ByteBuffer bytes) throws IOException {
        socket.getOutputStream().write(bytes.array(), bytes.position(), bytes.remaining());
        socket.getOutputStream().flush();
    }

    private static SwarmMessage readMessage(DataInputStream in) throws IOException {
        int length = in.readInt();
        ByteBuffer frame = ByteBuffer.allocate(4 + length).putInt(length);
        frame.put(in.readNBytes(length)).flip();
        return SwarmCodec.decode(frame);
    }
}
