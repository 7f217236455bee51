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

    private static final class CaseInsensitiveParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        CaseInsensitiveParameters(HttpServletRequest request) {
            super(request);
            // the first spelling wins; values of every spelling are kept, in order
            request.getParameterMap().forEach((name, values) -> parameters.merge(name, values, (a, b) -> {
                String[] merged = new String[a.length + b.length];
                System.arraycopy(a, 0, merged, 0, a.length);
                System.arraycopy(b, 0, merged, a.length, b.length);
                return merged;
            }));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
