package org.docloudmock.support.testapp;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Like Content Policy: contents under /content/**, registered with their bytes. */
@RestController
public class ContentLikeController {

    public static final long STREAMING_MS = 100;

    private final TestCatalog catalog;

    ContentLikeController(TestCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/content/{contentId}")
    Map<String, Object> content(@PathVariable String contentId) {
        Integer size = catalog.size(contentId);
        if (size == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No content " + contentId);
        }
        return Map.of("ContentId", contentId, "Size", size);
    }

    /** Streamed from another thread, as a payload is, and slowly: the request completes asynchronously, later. */
    @GetMapping(path = "/content/{contentId}/payload", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    StreamingResponseBody payload(@PathVariable String contentId) {
        int size = (Integer) content(contentId).get("Size");
        return out -> {
            try {
                Thread.sleep(STREAMING_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(new byte[size]);
        };
    }

    @PutMapping(path = "/content/{contentId}", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> register(@PathVariable String contentId, @RequestBody byte[] payload) {
        catalog.register(contentId, payload.length);
        return Map.of("ContentId", contentId, "Size", payload.length);
    }
}
