package org.docloudmock.support.fault;

import jakarta.servlet.ServletRequest;

/** What a fault rule did to a request, kept on it so the request journal can show it. */
public record InjectedFault(String description, boolean dropped) {

    private static final String ATTRIBUTE = InjectedFault.class.getName();

    /** The fault injected into this request, or null. */
    public static InjectedFault of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof InjectedFault fault ? fault : null;
    }

    void markOn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
