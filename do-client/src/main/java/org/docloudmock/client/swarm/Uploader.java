package org.docloudmock.client.swarm;

import java.nio.ByteBuffer;
import java.util.BitSet;
import org.docloudmock.protocol.swarm.SwarmCodec;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.docloudmock.protocol.swarm.SwarmProtocolException;

/**
 * The serving side of one swarm on one device: it unchokes the peers that are interested when the device
 * may upload, and answers their requests block by block, as fast as the socket drains and the device's
 * upload limits allow. Runs on the device's loop.
 */
final class Uploader {

    /** Blocks queued on a connection beyond this wait until the socket drains. */
    private static final long WRITE_WATERMARK = 256 * 1024;

    private final IoLoop loop;
    private final PieceStore store;
    private final UploadGate uploads;
    private final TransferCounters counters;

    Uploader(IoLoop loop, PieceStore store, UploadGate uploads, TransferCounters counters) {
        this.loop = loop;
        this.store = store;
        this.uploads = uploads;
        this.counters = counters;
    }

    /**
     * The pieces this device tells peers it has. A faulty device claims them all, as a poisoning peer
     * would, so its peers ask it and learn to ban it.
     */
    BitSet advertised() {
        BitSet pieces = store.have();
        if (uploads.corruptsPieces()) {
            pieces.set(0, store.pieceCount());
        }
        return pieces;
    }

    void onInterested(PeerConnection connection) {
        if (uploads.allowed() && connection.serving().unchoke()) {
            connection.send(new SwarmMessage.Unchoke());
        }
    }

    void onNotInterested(PeerConnection connection) {
        choke(connection);
    }

    void onRequest(PeerConnection connection, SwarmMessage.Request request) throws SwarmProtocolException {
        if (connection.serving().choking()) {
            return; // as in BitTorrent: requests from a peer we choke are dropped, it will ask again
        }
        int piece = request.pieceIndex();
        if (piece < 0 || piece >= store.pieceCount() || !advertised().get(piece) || request.length() <= 0
                || request.length() > SwarmCodec.MAX_BLOCK_LENGTH || request.offset() < 0
                || (long) request.offset() + request.length() > store.pieceLength(piece)) {
            throw new SwarmProtocolException("bad request " + request);
        }
        connection.serving().add(request);
        serve(connection);
    }

    void onCancel(PeerConnection connection, SwarmMessage.Cancel cancel) {
        connection.serving().cancel(new SwarmMessage.Request(cancel.pieceIndex(), cancel.offset(), cancel.length()));
    }

    /** Sends queued blocks while the socket takes them; called again when it drains. */
    void serve(PeerConnection connection) {
        ServeQueue queue = connection.serving();
        while (connection.isOpen() && !queue.deferred() && !queue.isEmpty()
                && connection.queuedBytes() < WRITE_WATERMARK) {
            if (!uploads.allowed()) {
                choke(connection);
                return;
            }
            SwarmMessage.Request request = queue.next();
            long waitNanos = uploads.reserve(request.length());
            if (waitNanos > 0) {
                queue.deferred(true);
                loop.schedule(Math.max(1, waitNanos / 1_000_000), () -> {
                    queue.deferred(false);
                    serve(connection);
                });
                return;
            }
            queue.sent();
            ByteBuffer data = store.has(request.pieceIndex())
                    ? store.read(request.pieceIndex(), request.offset(), request.length())
                    : ByteBuffer.allocate(request.length());
            if (uploads.corruptsPieces()) {
                data.put(0, (byte) ~data.get(0));
            }
            connection.sendPiece(SwarmCodec.pieceHeader(request.pieceIndex(), request.offset(), request.length()), data);
            counters.sent(connection.remote(), request.length());
        }
    }

    private void choke(PeerConnection connection) {
        if (connection.serving().choke()) {
            connection.send(new SwarmMessage.Choke());
        }
    }
}
