package org.docloudmock.support.testapp;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.support.service.DoCloudService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service as small as can be, to test what service-support gives every service. */
@SpringBootApplication
@DoCloudService(ServiceEndpoint.GEO)
public class TestServiceApplication {
}
