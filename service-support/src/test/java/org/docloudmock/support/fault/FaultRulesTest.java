package org.docloudmock.support.fault;

import org.docloudmock.protocol.admin.FaultRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.docloudmock.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;

class FaultRulesTest {

    final FaultRules rules = new FaultRules();

    static FaultRule rule(String path, Integer status, Double probability, Integer count, Long seed) {
        return new FaultRule(path, null, status, null, null, probability, count, seed);
    }

    List<Boolean> hits(int requests) {
        return IntStream.range(0, requests).mapToObj(i -> rules.hit("GET", "/geo").isPresent()).toList();
    }

    @Test
    void aSeededRuleHitsTheSameRequestsEveryTimeItIsArmed() {
        rules.replace(List.of(rule("/geo", 503, 0.3, null, 42L)));
        List<Boolean> first = hits(50);
        rules.replace(List.of(rule("/geo", 503, 0.3, null, 42L)));

        assertThat(hits(50)).isEqualTo(first).contains(true, false);
    }

    @Test
    void countIsSpentOnlyOnRequestsTheProbabilityLetsThrough() {
        rules.replace(List.of(rule("/geo", 503, 0.5, 3, 1L)));

        List<Boolean> hits = hits(40);

        assertThat(hits.stream().filter(hit -> hit).count()).isEqualTo(3);
        assertThat(hits.subList(0, hits.lastIndexOf(true))).contains(false);
    }

    @Test
    void patternsAreAntStyle() {
        rules.replace(List.of(rule("/content/*/contentpolicy", 503, null, null, null)));

        assertThat(rules.hit("GET", "/content/abc/contentpolicy")).isPresent();
        assertThat(rules.hit("GET", "/content/abc/other")).isEmpty();
        assertThat(rules.hit("GET", "/content/contentpolicy")).isEmpty();
    }

    @Test
    void aBadRuleLeavesTheArmedRulesAsTheyWere() {
        rules.replace(List.of(rule("/geo", 503, null, null, null)));

        assertThatThrownBy(() -> rules.replace(List.of(rule("/all", 500, null, null, null), rule("/geo", 503, -0.1, null, null))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("[1].Probability"));

        assertThat(rules.rules()).extracting(FaultRule::path).containsExactly("/geo");
    }
}
