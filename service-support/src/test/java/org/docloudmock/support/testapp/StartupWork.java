package org.docloudmock.support.testapp;

import java.util.concurrent.atomic.AtomicBoolean;
import org.docloudmock.support.readiness.ReadinessCheck;
import org.springframework.stereotype.Component;

/** Start-up work a test can hold back, as a content catalog hashing its seed folder would. */
@Component
public class StartupWork implements ReadinessCheck {

    private final AtomicBoolean done = new AtomicBoolean(true);

    public void set(boolean isDone) {
        done.set(isDone);
    }

    @Override
    public boolean ready() {
        return done.get();
    }
}
