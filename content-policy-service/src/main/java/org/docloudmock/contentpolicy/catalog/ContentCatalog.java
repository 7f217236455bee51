package org.docloudmock.contentpolicy.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.support.admin.RuntimeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every content the service knows, by ContentId and by AltCatalogId. Reads are lock-free; changes are serialized. */
public final class ContentCatalog implements RuntimeState {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalog.class);

    private final Map<String, Content> contents = new ConcurrentHashMap<>();
    private final Map<String, String> idsByAltCatalogId = new ConcurrentHashMap<>();

    public Optional<Content> find(String contentId) {
        return Optional.ofNullable(contents.get(contentId));
    }

    /** The content downloaded from this URL, for a client that does not know the ContentId. */
    public Optional<Content> findByAltCatalogId(String altCatalogId) {
        return Optional.ofNullable(idsByAltCatalogId.get(altCatalogId)).map(contents::get);
    }

    public List<Content> list() {
        return contents.values().stream().sorted(Comparator.comparing(Content::id)).toList();
    }

    /** Registers a content or replaces the one with its id. Returns true when it is new. */
    public synchronized boolean put(Content content) {
        requireFreeAltCatalogIds(content);
        Content previous = index(content);
        if (previous == null) {
            log.info("Registered content {}", content);
        } else {
            log.info("Replaced content {} by {}", previous, content);
        }
        return previous == null;
    }

    /** Registers a content unless one has its id already; returns that one then, unchanged. */
    public synchronized Optional<Content> putIfAbsent(Content content) {
        Content existing = contents.get(content.id());
        if (existing != null) {
            return Optional.of(existing);
        }
        put(content);
        return Optional.empty();
    }

    public synchronized Optional<Content> remove(String contentId) {
        Content removed = contents.get(contentId);
        if (removed == null) {
            return Optional.empty();
        }
        unindex(removed);
        log.info("Deleted content {}", removed);
        return Optional.of(removed);
    }

    /** Back to start-up: every content registered through the admin API goes. */
    @Override
    public synchronized void reset() {
        int registered = contents.size();
        contents.clear();
        idsByAltCatalogId.clear();
        log.info("Reset: dropped {} contents registered through the admin API", registered);
    }

    private void requireFreeAltCatalogIds(Content content) {
        List<String> altCatalogIds = content.settings().altCatalogIds();
        for (int i = 0; i < altCatalogIds.size(); i++) {
            String owner = idsByAltCatalogId.get(altCatalogIds.get(i));
            if (owner != null && !owner.equals(content.id())) {
                throw new InvalidFieldException("AltCatalogIds[" + i + "]", "already names content " + owner);
            }
        }
    }

    private Content index(Content content) {
        Content previous = contents.put(content.id(), content);
        if (previous != null) {
            previous.settings().altCatalogIds().forEach(idsByAltCatalogId::remove);
        }
        content.settings().altCatalogIds().forEach(altCatalogId -> idsByAltCatalogId.put(altCatalogId, content.id()));
        return previous;
    }

    private void unindex(Content content) {
        contents.remove(content.id());
        content.settings().altCatalogIds().forEach(altCatalogId -> idsByAltCatalogId.remove(altCatalogId, content.id()));
    }
}
