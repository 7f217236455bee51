package org.docloudmock.support.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * Marks a service's application class: {@link ServiceDefaults} then gives it its config file name
 * ({@code geo-service.yml}), port and the defaults every service shares, the same way in a standalone
 * jar, in the all-in-one suite and in a {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DoCloudService {

    ServiceEndpoint value();
}
