package org.docloudmock.discovery;

import java.net.InetAddress;
import org.docloudmock.discovery.placement.ArrayInstances;
import org.docloudmock.discovery.placement.ArrayPlacement;
import org.docloudmock.discovery.placement.DnsArrayUrls;
import org.docloudmock.discovery.placement.StaticArrayUrls;
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
    ArrayPlacement arrayPlacement(ArrayInstances instances) {
        return new ArrayPlacement(instances);
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
