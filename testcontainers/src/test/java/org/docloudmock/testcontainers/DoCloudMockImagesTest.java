package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.Test;

class DoCloudMockImagesTest {

    @Test
    void imagesAreTaggedWithTheVersionOfTheBuild() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));

        assertThat(DoCloudMockImages.suite().asCanonicalNameString()).isEqualTo("docloud-mock/suite:" + version);
        assertThat(DoCloudMockImages.service(ServiceEndpoint.CONTENT_POLICY).asCanonicalNameString())
                .isEqualTo("docloud-mock/content-policy-service:" + version);
    }
}
