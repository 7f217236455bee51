package org.docloudmock.geo.location;

import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.protocol.geo.GeoVersion;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /geo} and {@code GET /geoversion}. The query parameters are those DO clients send; the
 * answer does not depend on them, but a malformed {@code Profile} is still a 400. The content type is
 * set on the response rather than negotiated, so that whatever the client accepts it gets text/json.
 */
@RestController
class GeoController implements GeoApi {

    private final GeoLocator locator;

    GeoController(GeoLocator locator) {
        this.locator = locator;
    }

    /** DO's troubleshooter v1.0.0 calls {@code /geo/}; the real Geo answers it as {@code /geo}. */
    @GetMapping({"/geo", "/geo/"})
    @Override
    public ResponseEntity<GeoResponse> geo(@RequestParam(required = false) String doClientVersion,
                                           @RequestParam(name = "Profile", required = false) Integer profile,
                                           @RequestParam(required = false) String groupID,
                                           ClientAddress client) {
        return ResponseEntity.ok().contentType(TextJson.TEXT_JSON).body(locator.locate(client.address()));
    }

    @GetMapping("/geoversion")
    @Override
    public ResponseEntity<GeoVersion> geoVersion() {
        return ResponseEntity.ok().contentType(TextJson.TEXT_JSON).body(locator.version());
    }
}
