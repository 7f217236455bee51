package org.docloudmock.simulator.run;

/** The cloud did not let the simulator set the scenario up (register the content, put faults). */
public class CloudUnavailableException extends RuntimeException {

    public CloudUnavailableException(String message) {
        super(message);
    }

    public CloudUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
