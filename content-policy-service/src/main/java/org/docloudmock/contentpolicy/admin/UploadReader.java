package org.docloudmock.contentpolicy.admin;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar.PendingUpload;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar.Registration;
import org.docloudmock.contentpolicy.catalog.IncompleteUploadException;
import org.docloudmock.contentpolicy.catalog.PayloadDirectory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.DeferredResultProcessingInterceptor;
import org.springframework.web.context.request.async.WebAsyncUtils;

/**
 * Reads an upload into its payload file by Servlet non-blocking I/O: a slow client holds a connection and a
 * partial file, never one of Tomcat's workers (issue 16). Once its first {@code grace} is over, an upload must
 * average {@code minRate} a second or it is refused (408); a client silent for
 * {@code server.tomcat.connection-timeout} is cut off. Either way nothing is kept.
 */
final class UploadReader<T> implements ReadListener {

    private final ServletInputStream in;
    private final PendingUpload pending;
    private final PayloadDirectory.Upload upload;
    private final DeferredResult<T> result;
    private final Function<Registration, T> answer;
    private final UploadRate rate;
    private final long started = System.nanoTime();
    private final byte[] chunk = new byte[1 << 16];
    private final AtomicBoolean done = new AtomicBoolean();

    /** The least an upload must average, once its grace is over. */
    record UploadRate(DataSize minRate, Duration grace) {
    }

    private UploadReader(ServletInputStream in, PendingUpload pending, DeferredResult<T> result,
                         Function<Registration, T> answer, UploadRate rate) {
        this.in = in;
        this.pending = pending;
        this.upload = pending.bytes();
        this.result = result;
        this.answer = answer;
        this.rate = rate;
    }

    /** The answer, once the whole body is stored and registered; an exception of the catalog if it is refused. */
    static <T> DeferredResult<T> read(HttpServletRequest request, PendingUpload pending, Function<Registration, T> answer,
                                      UploadRate rate) throws IOException {
        DeferredResult<T> result = new DeferredResult<>(0L);
        UploadReader<T> reader = new UploadReader<>(request.getInputStream(), pending, result, answer, rate);
        result.onError(reader::fail);
        // a read listener needs the request in async mode, which Spring MVC enters once this handler returns
        WebAsyncUtils.getAsyncManager(request).registerDeferredResultInterceptor(UploadReader.class.getName(),
                new DeferredResultProcessingInterceptor() {
                    @Override
                    public <R> void preProcess(NativeWebRequest webRequest, DeferredResult<R> deferred) {
                        reader.in.setReadListener(reader);
                    }
                });
        return result;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!done.get() && in.isReady()) {
            int count = in.read(chunk);
            if (count < 0) {
                return;
            }
            try {
                upload.write(chunk, 0, count);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
        }
        long elapsed = System.nanoTime() - started;
        if (elapsed > rate.grace().toNanos() && upload.received() < rate.minRate().toBytes() * (elapsed / 1e9)) {
            fail(new UploadTooSlowException(upload.received(), Duration.ofNanos(elapsed), rate.minRate()));
        }
    }

    @Override
    public void onAllDataRead() {
        if (done.compareAndSet(false, true)) {
            try {
                result.setResult(answer.apply(pending.complete(upload.finish())));
            } catch (RuntimeException e) {
                upload.abort();
                result.setErrorResult(e);
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        // the client went away, or was silent for longer than the connection timeout
        fail(new IncompleteUploadException(upload.received(), t instanceof IOException io ? io : new IOException(t)));
    }

    private void fail(Throwable e) {
        if (done.compareAndSet(false, true)) {
            upload.abort();
            result.setErrorResult(e);
        }
    }
}
