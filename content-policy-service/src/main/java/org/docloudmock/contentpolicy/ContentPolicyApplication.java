package org.docloudmock.contentpolicy;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.support.service.DoCloudService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Content Policy: content policies, pieces-hash files and the mock CDN. */
@SpringBootApplication
@ConfigurationPropertiesScan
@DoCloudService(ServiceEndpoint.CONTENT_POLICY)
public class ContentPolicyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContentPolicyApplication.class, args);
    }
}
