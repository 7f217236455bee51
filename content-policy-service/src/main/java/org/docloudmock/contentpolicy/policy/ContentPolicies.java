package org.docloudmock.contentpolicy.policy;

import java.time.Clock;
import java.util.List;
import org.docloudmock.contentpolicy.ContentPolicyProperties.DefaultPolicies;
import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.content.ContentPolicy;

/** The content policy of a content: its own policies over the configured defaults, and the mock CDN's URLs. */
final class ContentPolicies {

    private final DefaultPolicies defaults;
    private final ContentUrls urls;
    private final Clock clock;

    ContentPolicies(DefaultPolicies defaults, ContentUrls urls, Clock clock) {
        this.defaults = defaults;
        this.urls = urls;
        this.clock = clock;
    }

    ContentPolicy of(CatalogEntry content) {
        List<String> contentUrls = content.source().payload().isPresent() ? List.of(urls.payload(content)) : List.of();
        Boolean secure = content.settings().secure();
        return new ContentPolicy(content.id(), content.piecesHashFile().hashOfHashes(), List.of(urls.piecesHashFile(content)),
                contentUrls, secure != null ? secure : defaults.isSecure(), false, 0, policies(content.settings().policies()),
                content.settings().p2pAllowed());
    }

    private ContentPolicy.Policies policies(PolicyOverrides own) {
        return new ContentPolicy.Policies(
                or(own.foregroundQosBps(), defaults.foregroundQosBps()),
                or(own.backgroundQosBps(), defaults.backgroundQosBps()),
                or(own.maxCacheAgeSecs(), defaults.maxCacheAge().toSeconds()),
                expireAt(own.expireAtSecsSinceEpoch()),
                or(own.downloadToExpireSecs(), defaults.downloadToExpire().toSeconds()));
    }

    /** Real contents were seen with an empty {@code ExpireAtSecsSinceEpoch}: no expire-after, no expiry. */
    private String expireAt(Long own) {
        if (own != null) {
            return Long.toString(own);
        }
        return defaults.expireAfter() == null ? "" : Long.toString(clock.instant().plus(defaults.expireAfter()).getEpochSecond());
    }

    private static long or(Long own, long otherwise) {
        return own != null ? own : otherwise;
    }
}
