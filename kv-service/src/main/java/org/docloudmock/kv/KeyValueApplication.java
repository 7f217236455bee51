package org.docloudmock.kv;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.support.service.DoCloudService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** KeyValue: the bootstrap endpoints and device configuration. */
@SpringBootApplication
@ConfigurationPropertiesScan
@DoCloudService(ServiceEndpoint.KV)
public class KeyValueApplication {

    public static void main(String[] args) {
        SpringApplication.run(KeyValueApplication.class, args);
    }
}
