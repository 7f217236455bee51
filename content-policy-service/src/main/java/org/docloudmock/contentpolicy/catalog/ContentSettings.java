package org.docloudmock.contentpolicy.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.TextFields;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.content.CdnFile;

/**
 * What a registration says about its content besides the bytes: download URLs, peering, policies, the real
 * CDN's path (null: only the mock's own) and {@code IsSecure} (null: the configured default).
 */
public record ContentSettings(List<String> altCatalogIds, boolean p2pAllowed, PolicyOverrides policies, CdnFile cdnFile,
                              Boolean secure) {

    public static final ContentSettings DEFAULT = new ContentSettings(List.of(), true, PolicyOverrides.NONE);

    public ContentSettings(List<String> altCatalogIds, boolean p2pAllowed, PolicyOverrides policies) {
        this(altCatalogIds, p2pAllowed, policies, null, null);
    }

    public ContentSettings withCdnFile(CdnFile cdnFile) {
        return new ContentSettings(altCatalogIds, p2pAllowed, policies, cdnFile, secure);
    }

    /** Each AltCatalogId is one more key of the catalog's index: a bounded list keeps a registration's cost bounded. */
    public static final int MAX_ALT_CATALOG_IDS = 1000;

    public ContentSettings {
        altCatalogIds = altCatalogIds == null ? List.of() : requireValid(altCatalogIds);
        policies = policies == null ? PolicyOverrides.NONE : requireValid(policies);
    }

    /** An AltCatalogId is a download URL, DO clients send it as a query parameter: {@link TextFields}' rule, once each. */
    private static List<String> requireValid(List<String> altCatalogIds) {
        if (altCatalogIds.size() > MAX_ALT_CATALOG_IDS) {
            throw new InvalidFieldException("AltCatalogIds", "must list at most " + MAX_ALT_CATALOG_IDS + " ids");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < altCatalogIds.size(); i++) {
            String altCatalogId = altCatalogIds.get(i);
            String field = "AltCatalogIds[" + i + "]";
            TextFields.requireValid(altCatalogId, field, TextFields.MAX_URL_LENGTH);
            if (altCatalogId.isBlank()) {
                throw new InvalidFieldException(field, "must not be blank");
            }
            if (!seen.add(altCatalogId)) {
                throw new InvalidFieldException(field, "is listed twice");
            }
        }
        return List.copyOf(altCatalogIds);
    }

    private static PolicyOverrides requireValid(PolicyOverrides policies) {
        requireNotNegative(policies.foregroundQosBps(), "ForegroundQosBps");
        requireNotNegative(policies.backgroundQosBps(), "BackgroundQosBps");
        requireNotNegative(policies.maxCacheAgeSecs(), "MaxCacheAgeSecs");
        requireNotNegative(policies.expireAtSecsSinceEpoch(), "ExpireAtSecsSinceEpoch");
        requireNotNegative(policies.downloadToExpireSecs(), "DownloadToExpire");
        return policies;
    }

    private static void requireNotNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException("Policies." + field, "must not be negative");
        }
    }
}
