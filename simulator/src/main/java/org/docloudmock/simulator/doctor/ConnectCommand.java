package org.docloudmock.simulator.doctor;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.protocol.swarm.SwarmHandshake;
import org.docloudmock.protocol.swarm.SwarmProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doctor connect}: the guide's port test ({@code Test-NetConnection -Port 7680}), better: a TCP connect
 * and then the Swarm protocol handshake for the content, so a listener that is not a DO peer of this content
 * fails too, and says how.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connects to a peer (TCP, port 7680 by default) and makes the Swarm protocol handshake for a content.")
final class ConnectCommand implements Callable<Integer> {

    @Mixin
    DoctorOptions options;

    @Parameters(paramLabel = "HOST[:PORT]", description = "the peer (port 7680 when absent)")
    String target;

    @Option(names = "--content", required = true, paramLabel = "ID", description = "the content whose swarm to ask for")
    String contentId;

    @Option(names = "--cloud", paramLabel = "URL", defaultValue = "http://localhost:8081",
            description = "Geo's URL, to learn the content's HashOfHashes (default: ${DEFAULT-VALUE}); not needed for a DO- id")
    URI cloud;

    @Override
    public Integer call() {
        Checkup checkup = new Checkup("DO Cloud Mock doctor: connect to " + target + " for content " + contentId);
        check(checkup);
        return options.report(checkup);
    }

    private void check(Checkup checkup) {
        checkup.section("Peer connection");
        InetSocketAddress address;
        try {
            address = address(target);
        } catch (IllegalArgumentException e) {
            checkup.fail("Address", target + ": " + e.getMessage());
            return;
        }
        byte[] swarm = swarmHash(checkup);
        if (swarm == null) {
            return;
        }
        int timeoutMillis = (int) options.timeout().toMillis();
        try (Socket socket = new Socket()) {
            long start = System.nanoTime();
            try {
                socket.connect(address, timeoutMillis);
            } catch (UnknownHostException e) {
                checkup.fail("TCP connect", "unknown host " + address.getHostString());
                return;
            } catch (ConnectException e) {
                checkup.fail("TCP connect", "refused: nothing listens on " + target(address)
                        + " (is the device downloading or seeding, is TCP " + address.getPort() + " allowed in its firewall?)");
                return;
            } catch (SocketTimeoutException | NoRouteToHostException e) {
                checkup.fail("TCP connect", "timed out after " + options.timeout().toSeconds() + " s: " + target(address)
                        + " does not answer (a firewall dropping TCP " + address.getPort() + ", or no such host)");
                return;
            }
            checkup.pass("TCP connect", target(address) + " accepted in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            socket.setSoTimeout(timeoutMillis);
            handshake(checkup, socket, swarm);
        } catch (IOException e) {
            checkup.fail("TCP connect", target(address) + ": " + e);
        }
    }

    private void handshake(Checkup checkup, Socket socket, byte[] swarm) throws IOException {
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        ByteBuffer ours = new SwarmHandshake(swarm, PeerId.of(id)).encode();
        socket.getOutputStream().write(ours.array(), ours.arrayOffset(), ours.remaining());
        socket.getOutputStream().flush();
        ByteBuffer theirs = ByteBuffer.allocate(SwarmHandshake.LENGTH);
        InputStream in = socket.getInputStream();
        try {
            while (theirs.hasRemaining()) {
                int read = in.read(theirs.array(), theirs.position(), theirs.remaining());
                if (read < 0) {
                    throw new EOFException();
                }
                theirs.position(theirs.position() + read);
                SwarmHandshake.decode(theirs.duplicate().flip()); // a wrong protocol name fails before the rest arrives
            }
            SwarmHandshake answer = SwarmHandshake.decode(theirs.flip());
            if (answer.isFor(swarm)) {
                checkup.pass("Swarm handshake", "the peer answered for this swarm, as peer " + answer.peerId());
            } else {
                checkup.fail("Swarm handshake", "another swarm: the peer answered for swarm "
                        + HexFormat.of().formatHex(answer.swarmHash()) + ", not this content's");
            }
        } catch (EOFException e) {
            checkup.fail("Swarm handshake", "closed: the peer closed the connection "
                    + (theirs.position() == 0 ? "after our handshake: it does not hold this content's swarm"
                    : "after " + theirs.position() + " bytes of its handshake"));
        } catch (SocketTimeoutException e) {
            checkup.fail("Swarm handshake", "timed out: connected, but no handshake within " + options.timeout().toSeconds()
                    + " s (" + theirs.position() + " bytes): not a DO peer");
        } catch (SwarmProtocolException e) {
            checkup.fail("Swarm handshake", "not the Swarm protocol: " + e.getMessage() + " (first bytes "
                    + HexFormat.of().formatHex(theirs.array(), 0, Math.min(theirs.position(), 16)) + ")");
        }
    }

    /** The content's raw HashOfHashes: from a {@code DO-} id itself (DO derives the id from it), else its policy. */
    private byte[] swarmHash(Checkup checkup) {
        if (contentId.startsWith("DO-")) {
            try {
                byte[] hash = Base64.getDecoder().decode(contentId.substring(3).replace('-', '/'));
                if (hash.length == SwarmHandshake.SWARM_HASH_LENGTH) {
                    checkup.pass("Swarm hash", "from the content id (DO- and the base64 HashOfHashes)");
                    return hash;
                }
            } catch (IllegalArgumentException notBase64) {
                // not derived from its HashOfHashes: ask the cloud
            }
        }
        CloudLookup lookup = new CloudLookup(cloud, null, options);
        try {
            GeoResponse geo = lookup.geo();
            ContentPolicy policy = lookup.client().contentPolicy(lookup.bootstrap(geo), contentId, geo, null);
            checkup.pass("Swarm hash", "HashOfHashes " + policy.hashOfHashes() + " from the content policy");
            return Base64.getDecoder().decode(policy.hashOfHashes());
        } catch (CloudException | IllegalArgumentException e) {
            checkup.fail("Swarm hash", cloud + ": " + CloudLookup.reason(e));
            return null;
        }
    }

    private static InetSocketAddress address(String target) {
        URI uri = URI.create("tcp://" + target);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("not HOST or HOST:PORT");
        }
        return new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 7680 : uri.getPort());
    }

    private static String target(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
