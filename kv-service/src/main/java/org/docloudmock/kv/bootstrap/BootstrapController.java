package org.docloudmock.kv.bootstrap;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /all}: the parameters are those DO clients send. {@code countryCode}, {@code Profile} and
 * {@code eId} choose the overrides; the others are accepted and do not change the answer. An empty
 * {@code countryCode} matches no override, as an empty {@code Profile} or {@code eId} does.
 */
@RestController
class BootstrapController implements BootstrapApi {

    private final Bootstrap bootstrap;

    BootstrapController(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** {@code countryCode}'s constraint is on {@link BootstrapApi}: Bean Validation reads it from the interface only. */
    @GetMapping("/all")
    @Override
    public Map<String, Object> all(@RequestParam(required = false) String doClientVersion,
                                   @RequestParam(required = false) String countryCode,
                                   @RequestParam(name = "Profile", required = false) Integer profile,
                                   @RequestParam(name = "CacheId", required = false) String cacheId,
                                   @RequestParam(required = false) String eId,
                                   @RequestParam(name = "CacheHost", required = false) String cacheHost) {
        return bootstrap.keysFor(countryCode, profile, eId);
    }
}
