package org.docloudmock.contentpolicy.catalog;

import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;

/** What a registration says about its content besides the bytes: download URLs, peering, policies. */
public record ContentSettings(List<String> altCatalogIds, boolean p2pAllowed, PolicyOverrides policies) {

    public static final ContentSettings DEFAULT = new ContentSettings(List.of(), true, PolicyOverrides.NONE);

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
        policies = policies == null ? PolicyOverrides.NONE : policies.requireValid();
    }
}
