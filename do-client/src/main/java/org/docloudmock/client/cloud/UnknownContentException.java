package org.docloudmock.client.cloud;

/** Content Policy does not know the content (404): DO downloads it over HTTP only. */
public class UnknownContentException extends CloudException {

    public UnknownContentException(String contentId) {
        super("Content Policy does not know content " + contentId);
    }
}
