package org.docloudmock.support.limits;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads the rest of a body by non-blocking I/O, then runs exactly one of: whole, too large, too slow. */
final class BodyReader implements ReadListener, AsyncListener {

    private final AsyncContext async;
    private final ServletInputStream in;
    private final RequestBody body;
    private final Runnable whole;
    private final Runnable tooLarge;
    private final Runnable tooSlow;
    private final AtomicBoolean done = new AtomicBoolean();

    BodyReader(AsyncContext async, ServletInputStream in, RequestBody body, Runnable whole, Runnable tooLarge,
               Runnable tooSlow) {
        this.async = async;
        this.in = in;
        this.body = body;
        this.whole = whole;
        this.tooLarge = tooLarge;
        this.tooSlow = tooSlow;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!done.get() && !body.complete() && in.isReady()) {
            if (body.read(in) == -2) {
                finish(tooLarge, true);
                return;
            }
        }
    }

    @Override
    public void onAllDataRead() {
        finish(whole, false);
    }

    @Override
    public void onError(Throwable t) {
        // the client went away, or the connection timed out between two packets
        finish(() -> { }, true);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        finish(tooSlow, true);
    }

    private void finish(Runnable outcome, boolean complete) {
        if (done.compareAndSet(false, true)) {
            outcome.run();
            if (complete) {
                async.complete();
            }
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
    }

    @Override
    public void onError(AsyncEvent event) {
        finish(() -> { }, true);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }
}
