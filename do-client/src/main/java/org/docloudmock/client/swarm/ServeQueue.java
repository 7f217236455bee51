package org.docloudmock.client.swarm;

import java.util.ArrayDeque;
import java.util.Deque;
import org.docloudmock.protocol.swarm.SwarmMessage;

/**
 * The serving side of one connection: whether this device chokes the peer, and the blocks the peer asked
 * for that are still to go. Plain state, kept by the uploader on the device's loop.
 */
final class ServeQueue {

    private final Deque<SwarmMessage.Request> requests = new ArrayDeque<>();
    private boolean choking = true;
    private boolean deferred;

    boolean choking() {
        return choking;
    }

    /** True when the peer was choked, so it must be told. */
    boolean unchoke() {
        if (!choking) {
            return false;
        }
        choking = false;
        return true;
    }

    /** Drops what was asked; true when the peer was not choked yet, so it must be told. */
    boolean choke() {
        requests.clear();
        if (choking) {
            return false;
        }
        choking = true;
        return true;
    }

    void add(SwarmMessage.Request request) {
        requests.add(request);
    }

    void cancel(SwarmMessage.Request request) {
        requests.remove(request);
    }

    SwarmMessage.Request next() {
        return requests.peek();
    }

    void sent() {
        requests.poll();
    }

    boolean isEmpty() {
        return requests.isEmpty();
    }

    /** Waiting for the upload limit: the queue is served again by a timer, not by the socket draining. */
    boolean deferred() {
        return deferred;
    }

    void deferred(boolean waiting) {
        deferred = waiting;
    }
}
