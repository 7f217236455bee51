package org.docloudmock.support.fault;

import org.docloudmock.protocol.admin.FaultRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.support.admin.RuntimeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * The armed fault rules. The first rule that matches a request and fires (its Probability draw, then
 * its Count) decides the fault. Each rule draws from its own {@link Random}, seeded with its Seed, so
 * the same rules and the same requests hit the same way on every run.
 */
class FaultRules implements RuntimeState {

    private static final Logger log = LoggerFactory.getLogger(FaultRules.class);

    private volatile List<ArmedRule> armed = List.of();

    /** Replaces every rule, or none when one is bad. */
    List<FaultRule> replace(List<FaultRule> rules) {
        if (rules == null) {
            throw new InvalidFieldException("rules", "the body must be a JSON list of rules");
        }
        List<ArmedRule> replacement = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) == null) {
                throw new InvalidFieldException("[" + i + "]", "a rule must be a JSON object");
            }
            replacement.add(new ArmedRule(rules.get(i).checked(i), i));
        }
        armed = List.copyOf(replacement);
        List<FaultRule> current = rules();
        if (current.isEmpty()) {
            log.info("Fault rules cleared");
        } else {
            log.info("Fault rules armed: {}", current.stream().map(FaultRule::toString).collect(Collectors.joining("; ")));
        }
        return current;
    }

    List<FaultRule> rules() {
        return armed.stream().map(ArmedRule::rule).toList();
    }

    /** The rule that hits this request, if one does; each call is one draw for every matching rule until one fires. */
    Optional<FaultRule> hit(String method, String path) {
        List<ArmedRule> rules = armed;
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        PathContainer parsed = PathContainer.parsePath(path);
        for (ArmedRule rule : rules) {
            if (rule.matches(method, parsed) && rule.fires()) {
                return Optional.of(rule.rule());
            }
        }
        return Optional.empty();
    }

    @Override
    public void reset() {
        replace(List.of());
    }

    private static final class ArmedRule {
        private final FaultRule rule;
        private final PathPattern pattern;
        private final Random random;
        private int remaining;

        ArmedRule(FaultRule rule, int index) {
            this.rule = rule;
            try {
                this.pattern = PathPatternParser.defaultInstance.parse(rule.path());
            } catch (PatternParseException e) {
                throw new InvalidFieldException("[" + index + "].Path", "Path is not a valid pattern: " + e.toDetailedString());
            }
            this.random = new Random(rule.seed() != null ? rule.seed() : ThreadLocalRandom.current().nextLong());
            this.remaining = rule.count() != null ? rule.count() : -1;
        }

        FaultRule rule() {
            return rule;
        }

        boolean matches(String method, PathContainer path) {
            return (rule.method() == null || rule.method().equals(method)) && pattern.matches(path);
        }

        synchronized boolean fires() {
            if (remaining == 0 || random.nextDouble() >= rule.probability()) {
                return false;
            }
            if (remaining > 0) {
                remaining--;
            }
            return true;
        }
    }
}
