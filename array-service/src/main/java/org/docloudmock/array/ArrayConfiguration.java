package org.docloudmock.array;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.docloudmock.array.matching.PartitionedPeerStore;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.array.metrics.SwarmMetrics;
import org.docloudmock.array.synthetic.SyntheticSwarms;
import org.docloudmock.array.synthetic.SyntheticSwarmsLoader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ArrayConfiguration {

    @Bean
    PeerStore peerStore() {
        return new PartitionedPeerStore();
    }

    @Bean
    PeerMatching peerMatching(PeerStore peers, ArrayProperties properties, MeterRegistry meters) {
        return new PeerMatching(peers, Clock.systemUTC(), properties.peerTtl(), properties.maxPeersWanted(),
                properties.reannounceInterval(), meters);
    }

    @Bean
    SwarmMetrics swarmMetrics(PeerStore peers, ArrayProperties properties) {
        return new SwarmMetrics(peers, properties.topSwarmsInMetrics());
    }

    /** Benchmarks only: a million peers at start-up without a million joins (see bench/array-http.sh). */
    @Bean
    @ConditionalOnProperty("docloud.array.synthetic.contents")
    SyntheticSwarmsLoader syntheticSwarms(PeerStore peers, Environment environment) {
        SyntheticSwarms swarms = new SyntheticSwarms(environment.getRequiredProperty("docloud.array.synthetic.contents", Integer.class),
                environment.getProperty("docloud.array.synthetic.peers-per-content", Integer.class, 100));
        return new SyntheticSwarmsLoader(peers, swarms, Clock.systemUTC());
    }

    /** Expiry and the per-content metrics run on the scheduler's thread, never on a join's. */
    @Bean
    SchedulingConfigurer peerExpiry(PeerMatching matching, SwarmMetrics metrics, ArrayProperties properties) {
        return registrar -> registrar.addFixedDelayTask(() -> {
            matching.expire();
            metrics.refresh();
        }, properties.sweepInterval());
    }
}
