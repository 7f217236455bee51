package org.docloudmock.contentpolicy.catalog;

import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
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

    /** An AltCatalogId is a download URL; DO clients send it as a query parameter. */
    public static final int MAX_ALT_CATALOG_ID_LENGTH = 4096;

    public ContentSettings {
        altCatalogIds = altCatalogIds == null ? List.of() : List.copyOf(altCatalogIds);
        for (int i = 0; i < altCatalogIds.size(); i++) {
            String altCatalogId = altCatalogIds.get(i);
            if (altCatalogId.isBlank() || altCatalogId.length() > MAX_ALT_CATALOG_ID_LENGTH) {
                throw new InvalidFieldException("AltCatalogIds[" + i + "]",
                        "must be 1 to " + MAX_ALT_CATALOG_ID_LENGTH + " characters");
            }
            if (altCatalogIds.indexOf(altCatalogId) < i) {
                throw new InvalidFieldException("AltCatalogIds[" + i + "]", "is listed twice");
            }
        }
        policies = policies == null ? PolicyOverrides.NONE : requireValid(policies);
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
