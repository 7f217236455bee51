package org.docloudmock.support.journal;

import org.docloudmock.protocol.admin.JournalEntry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.support.address.ClientAddressResolver;
import org.docloudmock.support.admin.OperationalPaths;
import org.docloudmock.support.fault.InjectedFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request to a public endpoint once it is answered. It runs outside the fault filter and
 * the controllers, so it sees the status the client got, injected faults and errors included; a
 * request served asynchronously is recorded when it completes. One debug line per request.
 */
class JournalFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(JournalFilter.class);

    private final RequestJournal journal;
    private final ClientAddressResolver clientAddresses;
    private final List<String> headers;

    JournalFilter(RequestJournal journal, ClientAddressResolver clientAddresses, List<String> headers) {
        this.journal = journal;
        this.clientAddresses = clientAddresses;
        this.headers = List.copyOf(headers);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return OperationalPaths.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant arrived = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long started = System.nanoTime();
        // without Content-Length (chunked), the body size is what the service read
        CountingRequest counting = request.getContentLengthLong() < 0 ? new CountingRequest(request) : null;
        boolean failed = true;
        try {
            chain.doFilter(counting != null ? counting : request, response);
            failed = false;
        } finally {
            boolean escaped = failed;
            Runnable record = () -> record(request, response, counting, arrived, started, escaped);
            if (!escaped && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new RecordOnCompletion(record));
            } else {
                record.run();
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, CountingRequest counting,
                        Instant arrived, long started, boolean failed) {
        InjectedFault fault = InjectedFault.of(request);
        int status = fault != null && fault.dropped() ? 0
                // an exception that escapes becomes Tomcat's 500 error page after this filter returns
                : failed && !response.isCommitted() ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                : response.getStatus();
        JournalEntry entry = new JournalEntry(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                status, clientIp(request), (System.nanoTime() - started) / 1_000_000, arrived, chosenHeaders(request),
                counting != null ? counting.bytesRead : request.getContentLengthLong(),
                fault == null ? null : fault.description());
        journal.add(entry);
        if (log.isDebugEnabled()) {
            log.debug("{} {}{} -> {} in {} ms from {}{}", entry.method(), entry.path(),
                    entry.query() == null ? "" : "?" + entry.query(), entry.status(), entry.durationMs(),
                    entry.clientIp(), entry.fault() == null ? "" : " (fault: " + entry.fault() + ")");
        }
    }

    private String clientIp(HttpServletRequest request) {
        try {
            return clientAddresses.resolve(request).externalIp();
        } catch (InvalidFieldException e) {
            // a malformed X-Forwarded-For: the controller answered 400, the journal shows the TCP peer
            return request.getRemoteAddr();
        }
    }

    private Map<String, String> chosenHeaders(HttpServletRequest request) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : headers) {
            Enumeration<String> values = request.getHeaders(name);
            if (values.hasMoreElements()) {
                String first = values.nextElement();
                chosen.put(name, values.hasMoreElements() ? first + ", " + String.join(", ", Collections.list(values)) : first);
            }
        }
        return chosen;
    }

    private record RecordOnCompletion(Runnable record) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            record.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** Counts the body bytes the service reads through {@link #getInputStream()}. */
    private static final class CountingRequest extends HttpServletRequestWrapper {

        private long bytesRead;
        private ServletInputStream stream;

        CountingRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        private final class CountingStream extends ServletInputStream {
            private final ServletInputStream delegate;

            CountingStream(ServletInputStream delegate) {
                this.delegate = delegate;
            }

            @Override
            public int read() throws IOException {
                int b = delegate.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = delegate.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return delegate.isFinished();
            }

            @Override
            public boolean isReady() {
                return delegate.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                delegate.setReadListener(listener);
            }
        }
    }
}
