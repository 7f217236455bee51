package org.docloudmock.discovery.placement;

import java.util.List;

/** Where the base URLs of the Array instances come from: a static list or a DNS name. */
@FunctionalInterface
public interface ArraySource {

    /** The base URLs (each ending in {@code /}); throws when the source cannot be read now. */
    List<String> instances() throws Exception;
}
