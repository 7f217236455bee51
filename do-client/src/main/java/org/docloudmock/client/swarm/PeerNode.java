package org.docloudmock.client.swarm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.docloudmock.client.clock.Ticker;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.swarm.SwarmHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's peer endpoint: it listens on its own address (a loopback address such as 127.0.3.7, so many
 * devices share one host), dials peers, and hands each connection to the swarm its handshake names.
 */
public final class PeerNode implements IoLoop.Handler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeerNode.class);

    private final IoLoop loop;
    private final PeerId peerId;
    private final ServerSocketChannel server;
    private final InetSocketAddress address;
    private final UploadGate uploads;
    private final Ticker ticker;
    private final Map<ByteBuffer, SwarmSession> swarms = new HashMap<>();

    private PeerNode(IoLoop loop, PeerId peerId, ServerSocketChannel server, UploadGate uploads, Ticker ticker)
            throws IOException {
        this.loop = loop;
        this.peerId = peerId;
        this.server = server;
        this.address = (InetSocketAddress) server.getLocalAddress();
        this.uploads = uploads;
        this.ticker = ticker;
    }

    /** Binds the listening socket at once, so a failure to bind is the caller's to see. */
    public static PeerNode start(SwarmReactor reactor, PeerId peerId, InetSocketAddress bind, UploadGate uploads) {
        return start(reactor, peerId, bind, uploads, Ticker.SYSTEM);
    }

    /** @param ticker the time the node's swarms judge patience, stalls, bans and back-off by */
    public static PeerNode start(SwarmReactor reactor, PeerId peerId, InetSocketAddress bind, UploadGate uploads,
                                 Ticker ticker) {
        IoLoop loop = reactor.nextLoop();
        try {
            ServerSocketChannel server = ServerSocketChannel.open();
            try {
                server.bind(bind, 128);
                server.configureBlocking(false);
                PeerNode node = new PeerNode(loop, peerId, server, uploads, ticker);
                onLoop(loop, () -> loop.register(server, SelectionKey.OP_ACCEPT, node));
                log.info("peer {} listens on {}", peerId, node.address);
                return node;
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bind + ": " + e.getMessage(), e);
        }
    }

    public PeerId peerId() {
        return peerId;
    }

    /** Where peers reach this node: the address to report to Array as ReportedIp and Port. */
    public InetSocketAddress address() {
        return address;
    }

    IoLoop loop() {
        return loop;
    }

    Ticker ticker() {
        return ticker;
    }

    public UploadGate uploads() {
        return uploads;
    }

    void addSwarm(SwarmSession session) {
        swarms.put(ByteBuffer.wrap(session.swarmHash()), session);
    }

    void removeSwarm(SwarmSession session) {
        swarms.remove(ByteBuffer.wrap(session.swarmHash()));
    }

    SwarmSession swarmFor(SwarmHandshake handshake) {
        return swarms.get(ByteBuffer.wrap(handshake.swarmHash()));
    }

    PeerConnection dial(InetSocketAddress target, SwarmSession session, PeerId expected) throws IOException {
        return PeerConnection.dial(this, target, session, expected);
    }

    @Override
    public void onReady(SelectionKey key) throws IOException {
        for (SocketChannel accepted = server.accept(); accepted != null; accepted = server.accept()) {
            try {
                PeerConnection.accepted(this, accepted);
            } catch (IOException e) {
                accepted.close();
                log.debug("peer {} dropped an incoming connection: {}", peerId, e.toString());
            }
        }
    }

    @Override
    public void close(String reason) {
        try {
            server.close();
        } catch (IOException e) {
            log.debug("closing {}: {}", address, e.toString());
        }
    }

    @Override
    public void close() {
        onLoop(loop, () -> {
            swarms.values().stream().toList().forEach(SwarmSession::stop);
            close("closed");
            return null;
        });
    }

    /** Runs on the loop and waits for it: the loop owns every channel it selects on. */
    static <T> T onLoop(IoLoop loop, LoopCall<T> call) {
        if (loop.inLoop()) {
            return runUnchecked(call);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                result.complete(runUnchecked(call));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static <T> T runUnchecked(LoopCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface LoopCall<T> {
        T run() throws IOException;
    }
}
