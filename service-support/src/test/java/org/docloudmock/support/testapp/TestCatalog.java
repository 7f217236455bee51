package org.docloudmock.support.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.docloudmock.support.admin.RuntimeState;
import org.springframework.stereotype.Component;

/** Contents: one seeded at start-up (stays on reset), others registered at run time (go on reset). */
@Component
public class TestCatalog implements RuntimeState {

    public static final String SEEDED = "seeded-content";

    private final Map<String, Integer> seeded = Map.of(SEEDED, 42);
    private final Map<String, Integer> registered = new ConcurrentHashMap<>();
    private final AtomicInteger resets = new AtomicInteger();

    Integer size(String contentId) {
        Integer size = seeded.get(contentId);
        return size != null ? size : registered.get(contentId);
    }

    void register(String contentId, int size) {
        registered.put(contentId, size);
    }

    public int resets() {
        return resets.get();
    }

    @Override
    public void reset() {
        registered.clear();
        resets.incrementAndGet();
    }
}
