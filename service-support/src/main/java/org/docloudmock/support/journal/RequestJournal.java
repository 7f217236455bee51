package org.docloudmock.support.journal;

import org.docloudmock.protocol.admin.JournalEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.docloudmock.support.admin.RuntimeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last requests to the public endpoints, oldest first, bounded: the oldest entry goes when it is full. */
class RequestJournal implements RuntimeState {

    private static final Logger log = LoggerFactory.getLogger(RequestJournal.class);

    private final int capacity;
    private final Deque<JournalEntry> entries;

    RequestJournal(int capacity) {
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized void add(JournalEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** Entries whose path starts with the prefix (every entry for an empty one), newest last. */
    synchronized List<JournalEntry> entries(String pathPrefix) {
        return entries.stream().filter(entry -> entry.path().startsWith(pathPrefix)).toList();
    }

    synchronized void clear() {
        entries.clear();
    }

    @Override
    public void reset() {
        clear();
        log.info("Request journal cleared");
    }
}
