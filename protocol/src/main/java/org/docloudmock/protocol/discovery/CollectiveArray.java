package org.docloudmock.protocol.discovery;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One item of the discovery answer (real): the base URL of the Array instance that holds the swarm. */
public record CollectiveArray(@JsonProperty("CollectiveArray") String collectiveArray) {
}
