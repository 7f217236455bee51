package org.docloudmock.support.journal;

import org.docloudmock.protocol.admin.JournalEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    static JournalEntry request(String path) {
        return new JournalEntry("GET", path, null, 200, "203.0.113.7", 1, Instant.EPOCH, Map.of(), 0, null);
    }

    @Test
    void keepsTheNewestEntriesUpToItsCapacity() {
        RequestJournal journal = new RequestJournal(3);
        for (int i = 1; i <= 5; i++) {
            journal.add(request("/r" + i));
        }

        assertThat(journal.entries("")).extracting(JournalEntry::path).containsExactly("/r3", "/r4", "/r5");
    }

    @Test
    void filtersByPathPrefixAndClears() {
        RequestJournal journal = new RequestJournal(10);
        journal.add(request("/geo"));
        journal.add(request("/geoversion"));
        journal.add(request("/all"));

        assertThat(journal.entries("/geo")).extracting(JournalEntry::path).containsExactly("/geo", "/geoversion");

        journal.reset();

        assertThat(journal.entries("")).isEmpty();
    }
}
