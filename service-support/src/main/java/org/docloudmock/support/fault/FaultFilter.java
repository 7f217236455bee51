package org.docloudmock.support.fault;

import org.docloudmock.protocol.admin.FaultRule;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.docloudmock.support.admin.OperationalPaths;
import org.docloudmock.support.problem.ProblemBodies;
import org.docloudmock.support.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies the armed fault rules to the public endpoints: delay, then drop, answer a status, or carry on. */
class FaultFilter extends OncePerRequestFilter {

    static final String INJECTED_METRIC = "docloud.faults.injected";

    private final FaultRules rules;
    private final MeterRegistry meters;

    FaultFilter(FaultRules rules, MeterRegistry meters) {
        this.rules = rules;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return OperationalPaths.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<FaultRule> hit = rules.hit(request.getMethod(), request.getRequestURI());
        if (hit.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        FaultRule rule = hit.get();
        new InjectedFault(rule.effect(), rule.drop()).markOn(request);
        meters.counter(INJECTED_METRIC, "kind", rule.drop() ? "drop" : rule.status() != null ? "status" : "delay").increment();
        if (rule.delayMs() > 0) {
            pause(rule.delayMs());
        }
        if (rule.drop()) {
            ConnectionDropValve.drop(request);
        } else if (rule.status() != null) {
            answer(request, response, rule);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void pause(int delayMs) {
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            // the server is stopping: answer now
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FaultRule rule) throws IOException {
        response.setStatus(rule.status());
        int status = rule.status();
        if (status < 200 || status == HttpServletResponse.SC_NO_CONTENT || status == HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                "Injected by the fault rule " + rule);
        problem.setType(ProblemBodies.ABOUT_BLANK);
        if (HttpStatus.resolve(status) == null) {
            problem.setTitle("Injected fault");
        }
        problem.setInstance(ProblemResponses.instance(request.getRequestURI()));
        ProblemBodies.write(response, problem);
    }
}
