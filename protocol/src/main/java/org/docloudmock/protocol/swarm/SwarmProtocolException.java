package org.docloudmock.protocol.swarm;

import java.io.IOException;

/** A peer broke the Swarm protocol: the connection is closed, as DO closes it. */
public class SwarmProtocolException extends IOException {

    public SwarmProtocolException(String message) {
        super(message);
    }
}
