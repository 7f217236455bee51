package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.content.SyntheticContent;

/**
 * The two files Microsoft's {@code DeliveryOptimizationTroubleshooter.ps1} (v1.2.0) fetches, at their real
 * paths and with their real sizes, as synthetic bytes: its byte-range check asks the CDN for bytes 0-9 of the
 * first and wants {@code Content-Range: bytes 0-9/25006511}; its cache host check fetches the second whole and
 * wants 302,341 bytes. Each is registered under its GUID as ContentId.
 */
final class TroubleshooterFiles {

    static final CdnFile BYTE_RANGE_CHECK = new CdnFile("52fa8751-747d-479d-8f22-e32730cc0eb1", null);
    static final long BYTE_RANGE_CHECK_SIZE = 25_006_511;
    static final CdnFile CACHE_HOST_CHECK = new CdnFile("7bc846e0-af9c-49be-a03d-bb04428c9bb5", "Microsoft.png");
    static final long CACHE_HOST_CHECK_SIZE = 302_341;

    private TroubleshooterFiles() {
    }

    static List<CatalogEntry> contents(Instant registered) {
        return List.of(content(BYTE_RANGE_CHECK, BYTE_RANGE_CHECK_SIZE, registered),
                content(CACHE_HOST_CHECK, CACHE_HOST_CHECK_SIZE, registered));
    }

    private static CatalogEntry content(CdnFile file, long size, Instant registered) {
        ContentSource source = new ContentSource.Synthetic(new SyntheticContent(size, 0));
        try {
            PiecesHashFile piecesHashFile = PayloadHashing.piecesHashFile(file.fileId(), source.payload().orElseThrow(),
                    PiecesHashFile.DEFAULT_PIECE_SIZE);
            return new CatalogEntry(file.fileId(), source, piecesHashFile, ContentSettings.DEFAULT.withCdnFile(file), registered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
