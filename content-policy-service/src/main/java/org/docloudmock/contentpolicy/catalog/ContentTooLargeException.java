package org.docloudmock.contentpolicy.catalog;

/** An upload longer than {@code docloud.content.max-content-size}: nothing was registered. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(long maxContentSize) {
        super("the content is larger than the maximum of " + maxContentSize + " bytes (docloud.content.max-content-size)");
    }
}
