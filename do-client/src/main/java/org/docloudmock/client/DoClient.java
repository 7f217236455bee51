package org.docloudmock.client;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.docloudmock.client.cloud.ClientPolicy;
import org.docloudmock.client.swarm.PeerNode;
import org.docloudmock.client.swarm.UploadGate;
import org.docloudmock.protocol.PeerId;

/**
 * A simulated DO client on one device: it downloads content as DO does (SPEC 1) and, while it keeps the
 * content, serves it to the peers Array sends its way.
 */
public final class DoClient implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientRuntime runtime;
    private final DeviceProfile device;
    private final PeerId peerId;
    private final List<Download> downloads = new CopyOnWriteArrayList<>();
    private PeerNode node;

    public DoClient(ClientRuntime runtime, DeviceProfile device) {
        this.runtime = runtime;
        this.device = device;
        byte[] id = new byte[20];
        RANDOM.nextBytes(id);
        this.peerId = PeerId.of(id);
    }

    public PeerId peerId() {
        return peerId;
    }

    public DeviceProfile device() {
        return device;
    }

    /** Where the device listens for peers, once a download that peers has started; null before. */
    public synchronized InetSocketAddress listenAddress() {
        return node == null ? null : node.address();
    }

    /** Starts the download in the background; the handle reports progress and completion. */
    public Download download(DownloadRequest request) {
        Download download = new Download(runtime, this, request);
        downloads.add(download);
        runtime.blocking().execute(download::run);
        return download;
    }

    /** The device's peer endpoint, listening from the first download that peers, with KeyValue's upload rules. */
    synchronized PeerNode node(ClientPolicy policy) {
        if (node == null) {
            boolean mayUpload = PeeringEligibility.noUploadReason(policy, device.resources()) == null;
            node = PeerNode.start(runtime.reactor(), peerId, device.peerAddress(), new UploadGate(mayUpload,
                    policy.maxUploadBytesPerSecond(), policy.monthlyUploadCapBytes(), device.faulty()), runtime.ticker());
        }
        return node;
    }

    @Override
    public void close() {
        downloads.forEach(Download::close);
        synchronized (this) {
            if (node != null) {
                node.close();
            }
        }
    }
}
