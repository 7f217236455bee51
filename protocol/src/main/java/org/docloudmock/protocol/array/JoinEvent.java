package org.docloudmock.protocol.array;

import org.docloudmock.protocol.InvalidFieldException;

/** {@code JoinRequestEvent} values (the mock's own): 0 or absent periodic, 1 started, 2 completed, 3 stopped. */
public enum JoinEvent {
    PERIODIC,
    STARTED,
    COMPLETED,
    STOPPED;

    public static JoinEvent of(Integer code) {
        if (code == null) {
            return PERIODIC;
        }
        if (code < 0 || code >= values().length) {
            throw new InvalidFieldException("JoinRequestEvent", "must be 0 (periodic), 1 (started), 2 (completed) or 3 (stopped)");
        }
        return values()[code];
    }
}
