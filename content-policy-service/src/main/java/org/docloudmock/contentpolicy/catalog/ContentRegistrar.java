package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.content.SyntheticContent;

/**
 * Turns each kind of registration into a checked, hashed content in the catalog. A registration that breaks
 * a rule changes nothing: the checks come first, and uploaded bytes that cannot be registered are deleted.
 */
public final class ContentRegistrar {

    /** Bounds the piece list a content carries: 64 GiB in pieces of 1 MiB. */
    public static final int MAX_PIECES = 65_536;

    private final ContentCatalog catalog;
    private final PayloadDirectory payloads;
    private final long maxContentSize;
    private final Clock clock;

    public ContentRegistrar(ContentCatalog catalog, PayloadDirectory payloads, long maxContentSize, Clock clock) {
        this.catalog = catalog;
        this.payloads = payloads;
        this.maxContentSize = maxContentSize;
        this.clock = clock;
    }

    /** The content registered, and whether it is new (false: it replaced one, or it existed already). */
    public record Registration(CatalogEntry content, boolean created) {
    }

    /**
     * A registration of the admin API: exactly one source, synthetic bytes or a pieces-hash file.
     *
     * @param contentId null to derive it from HashOfHashes as DO does; an existing content with that id is kept
     */
    public Registration register(String contentId, ContentRegistration registration) {
        ContentRegistration.Synthetic synthetic = registration.synthetic();
        PiecesHashFile piecesHashFile = registration.piecesHashFile();
        Integer pieceSize = registration.pieceSize();
        if ((synthetic == null) == (piecesHashFile == null)) {
            throw new InvalidFieldException("Synthetic", "give exactly one source: Synthetic or PiecesHashFile");
        }
        ContentSettings settings = new ContentSettings(registration.altCatalogIds(),
                registration.p2pAllowed() == null || registration.p2pAllowed(), registration.policies(),
                CdnFile.ofNullable(registration.fileId(), registration.fileName()), registration.secure());
        if (synthetic != null) {
            if (synthetic.size() == null) {
                throw new InvalidFieldException("Synthetic.Size", "is required");
            }
            return synthetic(contentId, synthetic.size(), synthetic.seed() == null ? 0 : synthetic.seed(),
                    pieceSize == null ? PiecesHashFile.DEFAULT_PIECE_SIZE : pieceSize, settings);
        }
        if (pieceSize != null && pieceSize != piecesHashFile.pieceSize()) {
            throw new InvalidFieldException("PieceSize", "differs from PiecesHashFile.PieceSize");
        }
        return metadataOnly(contentId, piecesHashFile, settings);
    }

    /**
     * Synthetic bytes: hashed once here (or not at all when a content with the same size, seed and piece
     * size is known), then generated on every request.
     *
     * @param contentId null to derive it from HashOfHashes as DO does; an existing content with that id is kept
     */
    public Registration synthetic(String contentId, long size, long seed, int pieceSize, ContentSettings settings) {
        requireValidId(contentId);
        requireSize(size, "Synthetic.Size");
        requirePieceSize(size, pieceSize, "PieceSize");
        ContentSource source = new ContentSource.Synthetic(new SyntheticContent(size, seed));
        PiecesHashFile piecesHashFile = knownPiecesHashFile(source, pieceSize).orElseGet(() -> hash(contentId, source, pieceSize));
        return register(contentId, source, piecesHashFile, settings);
    }

    /** An existing pieces-hash file alone: checked as a client checks it, its bytes never served. */
    public Registration metadataOnly(String contentId, PiecesHashFile piecesHashFile, ContentSettings settings) {
        requireValidId(contentId);
        try {
            piecesHashFile.verify();
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException("PiecesHashFile." + e.field(), e.reason());
        }
        requireSize(piecesHashFile.contentLength(), "PiecesHashFile.ContentLength");
        requirePieceCount(piecesHashFile.contentLength(), piecesHashFile.pieceSize(), "PiecesHashFile.PieceSize");
        return register(contentId, new ContentSource.MetadataOnly(), piecesHashFile, settings);
    }

    /**
     * Uploaded bytes, streamed to disk. On an existing content they replace its bytes and keep its
     * AltCatalogIds, P2PAllowed and policies, unless {@code options} sets them.
     *
     * @param declaredLength the request's Content-Length, or -1 when it has none
     */
    public Registration upload(String contentId, InputStream body, long declaredLength, UploadOptions options) {
        PendingUpload pending = startUpload(contentId, declaredLength, options);
        return pending.complete(payloads.receive(body, maxContentSize, pending.pieceSize));
    }

    /**
     * An upload whose bytes the caller feeds as they arrive, its checks passed already: a bad id, a piece size or a
     * declared length over the maximum is refused before a byte is read.
     */
    public PendingUpload startUpload(String contentId, long declaredLength, UploadOptions options) {
        ContentIds.requireValid(contentId, "contentId");
        if (declaredLength > maxContentSize) {
            throw new ContentTooLargeException(maxContentSize);
        }
        Optional<CatalogEntry> existing = catalog.find(contentId);
        int pieceSize = options.pieceSize() != null ? options.pieceSize()
                : existing.map(content -> content.piecesHashFile().pieceSize()).orElse(PiecesHashFile.DEFAULT_PIECE_SIZE);
        requirePieceSize(Math.max(declaredLength, 0), pieceSize, "PieceSize");
        return new PendingUpload(contentId, pieceSize, options);
    }

    /** An upload accepted to start: {@link #bytes()} receives its bytes, {@link #complete} registers them. */
    public final class PendingUpload {

        private final String contentId;
        private final int pieceSize;
        private final UploadOptions options;

        private PendingUpload(String contentId, int pieceSize, UploadOptions options) {
            this.contentId = contentId;
            this.pieceSize = pieceSize;
            this.options = options;
        }

        /** Where the bytes go, at most docloud.content.max-content-size of them. */
        public PayloadDirectory.Upload bytes() {
            return payloads.startUpload(maxContentSize, pieceSize);
        }

        /** Registers the bytes received, or deletes them if they break a rule. */
        public Registration complete(PayloadDirectory.Received received) {
            try {
                requirePieceCount(received.piecesHashFile().contentLength(), pieceSize, "PieceSize");
                // the settings of the content as it is now: another upload or registration may have come in meanwhile
                ContentSettings settings = options.applyTo(catalog.find(contentId).map(CatalogEntry::settings)
                        .orElse(ContentSettings.DEFAULT));
                CatalogEntry content = new CatalogEntry(contentId, new ContentSource.Uploaded(received.file()),
                        received.piecesHashFile(), settings, now());
                return new Registration(content, catalog.put(content));
            } catch (RuntimeException e) {
                payloads.delete(received.file());
                throw e;
            }
        }
    }

    private Registration register(String contentId, ContentSource source, PiecesHashFile piecesHashFile,
                                  ContentSettings settings) {
        if (contentId == null) {
            CatalogEntry content = new CatalogEntry(ContentIds.fromHashOfHashes(piecesHashFile.hashOfHashes()), source,
                    piecesHashFile, settings, now());
            return catalog.putIfAbsent(content)
                    .map(existing -> new Registration(existing, false))
                    .orElseGet(() -> new Registration(content, true));
        }
        CatalogEntry content = new CatalogEntry(contentId, source, piecesHashFile, settings, now());
        return new Registration(content, catalog.put(content));
    }

    private Optional<PiecesHashFile> knownPiecesHashFile(ContentSource source, int pieceSize) {
        return catalog.list().stream()
                .filter(content -> content.source().equals(source) && content.piecesHashFile().pieceSize() == pieceSize)
                .map(CatalogEntry::piecesHashFile)
                .findFirst();
    }

    private static PiecesHashFile hash(String contentId, ContentSource source, int pieceSize) {
        try {
            return PayloadHashing.piecesHashFile(contentId == null ? "(id from its hashes)" : contentId,
                    source.payload().orElseThrow(), pieceSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireValidId(String contentId) {
        if (contentId != null) {
            ContentIds.requireValid(contentId, "contentId");
        }
    }

    private void requireSize(long size, String field) {
        if (size < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        if (size > maxContentSize) {
            throw new InvalidFieldException(field, "must be at most " + maxContentSize
                    + " bytes (docloud.content.max-content-size)");
        }
    }

    private static void requirePieceSize(long size, int pieceSize, String field) {
        try {
            PiecesHashFile.requireValidPieceSize(pieceSize);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(field, e.reason());
        }
        requirePieceCount(size, pieceSize, field);
    }

    private static void requirePieceCount(long size, int pieceSize, String field) {
        long pieces = PiecesHashFile.pieceCount(size, pieceSize);
        if (pieces > MAX_PIECES) {
            throw new InvalidFieldException(field, pieceSize + " cuts " + size + " bytes into " + pieces
                    + " pieces; at most " + MAX_PIECES + " are allowed");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
