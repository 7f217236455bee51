package org.docloudmock.discovery;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.support.service.DoCloudService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Discovery: which Array instance holds a content's swarm. */
@SpringBootApplication
@ConfigurationPropertiesScan
@DoCloudService(ServiceEndpoint.DISCOVERY)
public class DiscoveryApplication {

    public static void main(String[] args) {
        SpringApplication.run(DiscoveryApplication.class, args);
    }
}
