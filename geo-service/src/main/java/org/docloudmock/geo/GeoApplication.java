package org.docloudmock.geo;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.support.service.DoCloudService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Geo: the client's external IP, country and KeyValue endpoint. */
@SpringBootApplication
@ConfigurationPropertiesScan
@DoCloudService(ServiceEndpoint.GEO)
public class GeoApplication {

    public static void main(String[] args) {
        SpringApplication.run(GeoApplication.class, args);
    }
}
