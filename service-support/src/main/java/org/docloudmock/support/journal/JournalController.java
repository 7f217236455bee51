package org.docloudmock.support.journal;

import java.util.List;
import org.docloudmock.protocol.admin.JournalEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JournalController implements JournalApi {

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    @GetMapping(path = "/admin/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<JournalEntry> requests(@RequestParam(name = "path", defaultValue = "") String pathPrefix) {
        return journal.entries(pathPrefix);
    }

    @Override
    @DeleteMapping("/admin/requests")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void clear() {
        journal.reset();
    }
}
