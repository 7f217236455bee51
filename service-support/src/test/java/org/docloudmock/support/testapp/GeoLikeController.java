package org.docloudmock.support.testapp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Like Geo: answers the client's external IP and counts lookups as a domain metric. */
@RestController
class GeoLikeController {

    static final String LOOKUPS = "docloud.test.geo.lookups";

    private final Counter lookups;

    GeoLikeController(MeterRegistry meters) {
        this.lookups = Counter.builder(LOOKUPS).description("Geo lookups answered").register(meters);
    }

    @GetMapping("/geo")
    Map<String, String> geo(ClientAddress client) {
        lookups.increment();
        return Map.of("ExternalIpAddress", client.externalIp());
    }

    /** Reads a query parameter, as every DO endpoint does. */
    @GetMapping("/profile")
    Map<String, Object> profile(@RequestParam(name = "Profile", required = false) Integer profile) {
        return Map.of("Profile", profile == null ? "none" : profile);
    }

    @GetMapping("/broken")
    Map<String, String> broken() {
        throw new IllegalStateException("a bug, as the journal must show it");
    }
}
