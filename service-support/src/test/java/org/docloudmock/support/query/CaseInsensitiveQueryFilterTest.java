package org.docloudmock.support.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CaseInsensitiveQueryFilterTest {

    @Test
    void parameterNamesMatchWhateverTheirCaseAndTheFirstSpellingWins() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/geo");
        request.addParameter("Profile", "768");
        request.addParameter("profile", "9");
        request.addParameter("doClientVersion", "10.0.19041.1");

        ServletRequest seen = filter(request);

        assertThat(seen.getParameter("PROFILE")).isEqualTo("768");
        assertThat(seen.getParameterValues("profile")).containsExactly("768", "9");
        assertThat(seen.getParameter("doclientversion")).isEqualTo("10.0.19041.1");
        assertThat(seen.getParameter("missing")).isNull();
        assertThat(Collections.list(seen.getParameterNames())).containsExactly("doClientVersion", "Profile");
        assertThat(seen.getParameterMap()).containsOnlyKeys("doClientVersion", "Profile");
    }

    @Test
    void aRequestWhoseParametersAreNeverReadIsNotParsed() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/join/") {
            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                throw new AssertionError("parameters parsed");
            }
        };

        ServletRequest seen = filter(request);

        assertThat(seen.getAttributeNames()).isNotNull();
    }

    private static ServletRequest filter(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new CaseInsensitiveQueryFilter().doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest();
    }
}
