package org.docloudmock.client.cloud;

/** A call to the DO cloud that gave nothing usable: the client carries on in simple mode (HTTP only). */
public class CloudException extends Exception {

    public CloudException(String message) {
        super(message);
    }

    public CloudException(String message, Throwable cause) {
        super(message, cause);
    }
}
