package org.docloudmock.support.query;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.filter.OncePerRequestFilter;

/** Real DO clients send both {@code Profile} and {@code profile}: parameter names match whatever their case. */
public class CaseInsensitiveQueryFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CaseInsensitiveParameters(request), response);
    }

    /** Builds its case-insensitive view on first use: most requests (JSON bodies) never read a parameter. */
    private static final class CaseInsensitiveParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        CaseInsensitiveParameters(HttpServletRequest request) {
            super(request);
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, String[]> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                // the first spelling wins; values of every spelling are kept, in order
                super.getParameterMap().forEach((name, values) -> merged.merge(name, values, (a, b) -> {
                    String[] both = new String[a.length + b.length];
                    System.arraycopy(a, 0, both, 0, a.length);
                    System.arraycopy(b, 0, both, a.length, b.length);
                    return both;
                }));
                parameters = Collections.unmodifiableMap(merged);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters().get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }
    }
}
