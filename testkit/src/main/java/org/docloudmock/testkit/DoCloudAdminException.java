package org.docloudmock.testkit;

/** An admin call the service refused: its status, and the {@code detail} of its problem answer (or its body). */
public class DoCloudAdminException extends RuntimeException {

    private final int status;

    DoCloudAdminException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the service answered: 400 for a bad registration or rule, 401 for a missing admin token. */
    public int status() {
        return status;
    }
}
