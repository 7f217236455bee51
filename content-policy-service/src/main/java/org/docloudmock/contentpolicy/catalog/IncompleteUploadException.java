package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;

/** The client stopped sending before the end of its upload: nothing was registered. */
public class IncompleteUploadException extends RuntimeException {

    public IncompleteUploadException(long received, IOException cause) {
        super("the upload broke off after " + received + " bytes: " + cause.getMessage(), cause);
    }
}
