package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of a content that has them. */
public interface Payload {

    long size();

    /** The bytes from the start. Its {@code skip} is cheap: a byte range is served by skipping to it. */
    InputStream open() throws IOException;
}
