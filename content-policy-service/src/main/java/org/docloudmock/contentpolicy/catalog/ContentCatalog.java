package org.docloudmock.contentpolicy.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.support.admin.RuntimeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every content the service knows, by ContentId, by AltCatalogId and by the real CDN's FileId. Reads are lock-free; changes are
 * serialized, persisted through the {@link CatalogStore} before they become visible, and a content whose
 * uploaded bytes are replaced or deleted gives its payload file back to the {@link PayloadDirectory}.
 */
public final class ContentCatalog implements RuntimeState {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalog.class);

    private final CatalogStore store;
    private final PayloadDirectory payloads;
    private final Map<String, CatalogEntry> startUp = new LinkedHashMap<>();
    private final Map<String, CatalogEntry> contents = new ConcurrentHashMap<>();
    private final Map<String, String> idsByAltCatalogId = new ConcurrentHashMap<>();
    private final Map<String, String> idsByFileId = new ConcurrentHashMap<>();

    /**
     * @param seeds      start-up contents (the seed folder): {@link #reset()} goes back to them
     * @param registered contents registered through the admin API in an earlier run; they win over seeds
     */
    public ContentCatalog(CatalogStore store, PayloadDirectory payloads, Collection<CatalogEntry> seeds,
                          Collection<CatalogEntry> registered) {
        this.store = store;
        this.payloads = payloads;
        seeds.forEach(seed -> startUp.put(seed.id(), seed));
        startUp.values().forEach(this::index);
        registered.forEach(this::index);
    }

    public Optional<CatalogEntry> find(String contentId) {
        return Optional.ofNullable(contents.get(contentId));
    }

    /** The content downloaded from this URL, for a client that does not know the ContentId. */
    public Optional<CatalogEntry> findByAltCatalogId(String altCatalogId) {
        return Optional.ofNullable(idsByAltCatalogId.get(altCatalogId)).map(contents::get);
    }

    /** The content the real CDN's path names by this GUID (any case). */
    public Optional<CatalogEntry> findByFileId(String fileId) {
        return Optional.ofNullable(idsByFileId.get(fileId.toLowerCase(Locale.ROOT))).map(contents::get);
    }

    /** How many contents have this kind of source ({@link ContentSource#kind()}). */
    public long count(String sourceKind) {
        return contents.values().stream().filter(content -> content.source().kind().equals(sourceKind)).count();
    }

    public List<CatalogEntry> list() {
        return contents.values().stream().sorted(Comparator.comparing(CatalogEntry::id)).toList();
    }

    /** Registers a content or replaces the one with its id. Returns true when it is new. */
    public synchronized boolean put(CatalogEntry content) {
        requireFreeAltCatalogIds(content);
        requireFreeFileId(content);
        store.save(content);
        CatalogEntry previous = index(content);
        if (previous == null) {
            log.info("Registered content {}", content);
        } else {
            log.info("Replaced content {} by {}", previous, content);
            releasePayload(previous, content);
        }
        return previous == null;
    }

    /** Registers a content unless one has its id already; returns that one then, unchanged. */
    public synchronized Optional<CatalogEntry> putIfAbsent(CatalogEntry content) {
        CatalogEntry existing = contents.get(content.id());
        if (existing != null) {
            return Optional.of(existing);
        }
        put(content);
        return Optional.empty();
    }

    public synchronized Optional<CatalogEntry> remove(String contentId) {
        CatalogEntry removed = contents.get(contentId);
        if (removed == null) {
            return Optional.empty();
        }
        store.remove(contentId);
        unindex(removed);
        releasePayload(removed, null);
        log.info("Deleted content {}", removed);
        return Optional.of(removed);
    }

    /** Back to start-up: contents registered through the admin API go, seed-folder contents come back as they were. */
    @Override
    public synchronized void reset() {
        List<CatalogEntry> registered = contents.values().stream().filter(content -> startUp.get(content.id()) != content).toList();
        for (CatalogEntry content : registered) {
            store.remove(content.id());
            unindex(content);
            releasePayload(content, null);
        }
        startUp.values().forEach(this::index);
        log.info("Reset: dropped {} contents registered through the admin API, {} seed-folder contents remain",
                registered.size(), startUp.size());
    }

    private void requireFreeAltCatalogIds(CatalogEntry content) {
        List<String> altCatalogIds = content.settings().altCatalogIds();
        for (int i = 0; i < altCatalogIds.size(); i++) {
            String owner = idsByAltCatalogId.get(altCatalogIds.get(i));
            if (owner != null && !owner.equals(content.id())) {
                throw new InvalidFieldException("AltCatalogIds[" + i + "]", "already names content " + owner);
            }
        }
    }

    private void requireFreeFileId(CatalogEntry content) {
        CdnFile cdnFile = content.settings().cdnFile();
        String owner = cdnFile == null ? null : idsByFileId.get(cdnFile.fileId());
        if (owner != null && !owner.equals(content.id())) {
            throw new InvalidFieldException("FileId", cdnFile.fileId() + " already names content " + owner);
        }
    }

    private CatalogEntry index(CatalogEntry content) {
        CatalogEntry previous = contents.put(content.id(), content);
        if (previous != null) {
            previous.settings().altCatalogIds().forEach(idsByAltCatalogId::remove);
            fileIdOf(previous).ifPresent(idsByFileId::remove);
        }
        content.settings().altCatalogIds().forEach(altCatalogId -> idsByAltCatalogId.put(altCatalogId, content.id()));
        fileIdOf(content).ifPresent(fileId -> idsByFileId.put(fileId, content.id()));
        return previous;
    }

    private void unindex(CatalogEntry content) {
        contents.remove(content.id());
        content.settings().altCatalogIds().forEach(altCatalogId -> idsByAltCatalogId.remove(altCatalogId, content.id()));
        fileIdOf(content).ifPresent(fileId -> idsByFileId.remove(fileId, content.id()));
    }

    private static Optional<String> fileIdOf(CatalogEntry content) {
        return Optional.ofNullable(content.settings().cdnFile()).map(CdnFile::fileId);
    }

    /** Uploaded bytes belong to the catalog: they go with the content that held them. Seed files stay. */
    private void releasePayload(CatalogEntry previous, CatalogEntry replacement) {
        if (previous.source() instanceof ContentSource.Uploaded uploaded
                && !(replacement != null && replacement.source().equals(previous.source()))) {
            payloads.delete(uploaded.file());
        }
    }
}
