package org.docloudmock.array;

import java.time.Clock;
import org.docloudmock.array.matching.InMemoryPeerStore;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.array.matching.PeerStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ArrayConfiguration {

    @Bean
    PeerStore peerStore() {
        return new InMemoryPeerStore();
    }

    @Bean
    PeerMatching peerMatching(PeerStore peers, ArrayProperties properties) {
        return new PeerMatching(peers, Clock.systemUTC(), properties.peerTtl(), properties.maxPeersWanted(),
                properties.reannounceInterval());
    }

    @Bean
    SchedulingConfigurer peerExpiry(PeerMatching matching, ArrayProperties properties) {
        return registrar -> registrar.addFixedDelayTask(matching::expire, properties.sweepInterval());
    }
}
