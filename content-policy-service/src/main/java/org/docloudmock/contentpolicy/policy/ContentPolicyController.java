package org.docloudmock.contentpolicy.policy;

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
class ContentPolicyController {

    private final ContentCatalog catalog;
    private final ContentPolicies policies;

    ContentPolicyController(ContentCatalog catalog, ContentUrls urls, ContentPolicyProperties properties) {
        this.catalog = catalog;
        this.policies = new ContentPolicies(properties.defaultPolicies(), urls, Clock.systemUTC());
    }

    /**
     * The other parameters DO clients send ({@code doClientVersion}, {@code countryCode}, {@code eId},
     * {@code CacheHost}) change nothing; {@code Profile} is declared so that a malformed one is a 400.
     */
    @GetMapping("/content/{contentId}/contentpolicy")
    ContentPolicy contentPolicy(@PathVariable String contentId,
                                @RequestParam(name = "altCatalogId", required = false) String altCatalogId,
                                @RequestParam(name = "Profile", required = false) Integer profile) {
        ContentIds.requireValid(contentId, "contentId");
        return catalog.find(contentId)
                .or(() -> altCatalogId == null ? Optional.empty() : catalog.findByAltCatalogId(altCatalogId))
                .map(policies::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No content " + contentId
                        + (altCatalogId == null ? "" : " nor one downloaded from " + altCatalogId)));
    }
}
