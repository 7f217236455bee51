package org.docloudmock.support.testapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The test service as a lab might expose it: HTTPS with a generated certificate (kept in
 * target/tls-test), plain HTTP beside it, and an admin token. One context for every test class using it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TestServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "docloud.admin.token=" + LockedDownTestService.TOKEN,
                "docloud.tls.enabled=true",
                "docloud.tls.http-port-offset=1000",
                "docloud.tls.certificate-dir=" + LockedDownTestService.CERTIFICATE_DIR})
public @interface LockedDownTestService {

    String TOKEN = "s3cret-token";
    String CERTIFICATE_DIR = "target/tls-test";
}
