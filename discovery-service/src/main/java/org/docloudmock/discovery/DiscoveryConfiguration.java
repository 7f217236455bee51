package org.docloudmock.discovery;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.InetAddress;
import org.docloudmock.discovery.placement.ArrayInstances;
import org.docloudmock.discovery.placement.ArrayPlacement;
import org.docloudmock.discovery.placement.DnsArrayUrls;
import org.docloudmock.discovery.placement.StaticArrayUrls;
import org.docloudmock.support.readiness.ReadinessCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DiscoveryConfiguration {

    @Bean
    ArrayInstances arrayInstances(DiscoveryProperties properties) {
        return new ArrayInstances(properties.usesDns()
                ? new DnsArrayUrls(properties.arrayDnsName().trim(), properties.arrayDnsPort(),
                        properties.arrayDnsScheme(), InetAddress::getAllByName)
                : new StaticArrayUrls(properties.arrayUrls()));
    }

    @Bean
    ArrayPlacement arrayPlacement(ArrayInstances instances, MeterRegistry meters) {
        return new ArrayPlacement(instances, meters);
    }

    /** Discovery can place no swarm before it knows an Array instance: a DNS name may not resolve yet. */
    @Bean
    ReadinessCheck arrayInstanceKnown(ArrayInstances instances) {
        return () -> !instances.current().isEmpty();
    }

    @Bean
    MeterBinder arrayInstanceMetrics(ArrayInstances instances) {
        return meters -> {
            Gauge.builder("docloud.discovery.array.instances", instances, known -> known.current().size())
                    .description("Array instances Discovery knows and places swarms on")
                    .register(meters);
            FunctionCounter.builder("docloud.discovery.dns.failures", instances, ArrayInstances::failedRefreshes)
                    .description("Resolutions of docloud.discovery.array-dns-name that failed or found no address")
                    .register(meters);
        };
    }

    /** A DNS name's replicas come and go: re-resolve it on a schedule. A static list never changes. */
    @Bean
    SchedulingConfigurer arrayDnsRefresh(ArrayInstances instances, DiscoveryProperties properties) {
        return registrar -> {
            if (properties.usesDns()) {
                registrar.addFixedDelayTask(instances::refresh, properties.arrayDnsRefreshInterval());
            }
        };
    }
}
