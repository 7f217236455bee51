package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;

/** The disk refused a write (full, read-only, gone): nothing was registered. */
public class ContentStorageException extends RuntimeException {

    public ContentStorageException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
