package org.docloudmock.discovery.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RendezvousHashingTest {

    private static final List<String> THREE = List.of(
            "http://10.0.0.1:8085/", "http://10.0.0.2:8085/", "http://10.0.0.3:8085/");
    private static final List<String> CONTENTS = IntStream.range(0, 10_000).mapToObj(i -> "content-" + i).toList();

    @Test
    void sameKeyGoesToSameInstanceWhateverTheListOrder() {
        Random random = new Random(7);
        for (String content : CONTENTS.subList(0, 500)) {
            List<String> shuffled = new ArrayList<>(THREE);
            Collections.shuffle(shuffled, random);
            assertThat(RendezvousHashing.choose(content, shuffled)).isEqualTo(RendezvousHashing.choose(content, THREE));
        }
    }

    @Test
    void tenThousandContentsSpreadEvenlyOverThreeInstances() {
        Map<String, Integer> counts = placements(THREE).values().stream()
                .collect(HashMap::new, (map, instance) -> map.merge(instance, 1, Integer::sum), Map::putAll);
        double fair = CONTENTS.size() / 3.0;
        assertThat(counts).hasSize(3);
        assertThat(counts.values()).allSatisfy(count -> assertThat((double) count).isBetween(fair * 0.85, fair * 1.15));
    }

    @Test
    void losingAnInstanceMovesOnlyTheSwarmsItHeld() {
        Map<String, String> before = placements(THREE);
        String lost = THREE.get(1);
        Map<String, String> after = placements(List.of(THREE.get(0), THREE.get(2)));
        CONTENTS.forEach(content -> {
            if (!before.get(content).equals(lost)) {
                assertThat(after.get(content)).as(content).isEqualTo(before.get(content));
            }
        });
    }

    @Test
    void addingAnInstanceTakesOnlyItsShare() {
        Map<String, String> before = placements(THREE);
        List<String> four = new ArrayList<>(THREE);
        four.add("http://10.0.0.4:8085/");
        Map<String, String> after = placements(four);
        long moved = CONTENTS.stream().filter(content -> !after.get(content).equals(before.get(content))).count();
        assertThat(CONTENTS).allSatisfy(content -> assertThat(after.get(content))
                .isIn(before.get(content), "http://10.0.0.4:8085/"));
        assertThat((double) moved).isBetween(CONTENTS.size() / 4.0 * 0.85, CONTENTS.size() / 4.0 * 1.15);
    }

    @Test
    void weightDependsOnBothKeyAndInstance() {
        byte[] key = "content".getBytes();
        assertThat(RendezvousHashing.weight(key, "a")).isNotEqualTo(RendezvousHashing.weight(key, "b"));
        assertThat(RendezvousHashing.weight(key, "a")).isNotEqualTo(RendezvousHashing.weight("other".getBytes(), "a"));
    }

    private static Map<String, String> placements(List<String> instances) {
        Map<String, String> placements = new HashMap<>();
        CONTENTS.forEach(content -> placements.put(content, RendezvousHashing.choose(content, instances)));
        return placements;
    }
}
