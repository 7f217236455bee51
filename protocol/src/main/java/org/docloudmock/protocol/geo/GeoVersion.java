package org.docloudmock.protocol.geo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code GET /geoversion} answers. */
public record GeoVersion(@JsonProperty("Version") String version) {
}
