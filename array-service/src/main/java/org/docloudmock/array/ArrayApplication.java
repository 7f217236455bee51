package org.docloudmock.array;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.support.service.DoCloudService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Array: peer matching. */
@SpringBootApplication
@ConfigurationPropertiesScan
@DoCloudService(ServiceEndpoint.ARRAY)
public class ArrayApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArrayApplication.class, args);
    }
}
