package org.docloudmock.contentpolicy.policy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.content.ContentPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ContentPolicyController implements ContentPolicyApi {

    private final ContentCatalog catalog;
    private final ContentPolicies policies;
    private final Counter hits;
    private final Counter misses;

    ContentPolicyController(ContentCatalog catalog, ContentUrls urls, ContentPolicyProperties properties,
                            MeterRegistry meters) {
        this.catalog = catalog;
        this.policies = new ContentPolicies(properties.defaultPolicies(), urls, Clock.systemUTC());
        this.hits = lookups("hit", meters);
        this.misses = lookups("miss", meters);
    }

    /** {@code Profile} is bound only so that a malformed one is a 400. */
    @GetMapping("/content/{contentId}/contentpolicy")
    @Override
    public ContentPolicy contentPolicy(@PathVariable String contentId,
                                       @RequestParam(name = "altCatalogId", required = false) String altCatalogId,
                                       @RequestParam(name = "Profile", required = false) Integer profile) {
        ContentIds.requireValid(contentId, "contentId");
        var content = catalog.find(contentId)
                .or(() -> altCatalogId == null ? Optional.empty() : catalog.findByAltCatalogId(altCatalogId));
        (content.isPresent() ? hits : misses).increment();
        return content.map(policies::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No content " + contentId
                        + (altCatalogId == null ? "" : " nor one downloaded from " + altCatalogId)));
    }

    private static Counter lookups(String result, MeterRegistry meters) {
        return Counter.builder("docloud.content-policy.lookups")
                .description("Content policy requests, by whether the content was found (by ContentId or altCatalogId)")
                .tag("result", result)
                .register(meters);
    }
}
