package org.docloudmock.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.testcontainers.utility.DockerImageName;

/** The images {@code docker/build-images.sh} builds, tagged with this module's version. */
public final class DoCloudMockImages {

    /** {@code 0.1.0-SNAPSHOT}: the version of the jars in the images this module was built with. */
    public static final String VERSION = version();

    private DoCloudMockImages() {
    }

    /** The all-in-one image: the launcher, the five services on 8081-8085. */
    public static DockerImageName suite() {
        return DockerImageName.parse("docloud-mock/suite:" + VERSION);
    }

    /** One service's image: {@code docloud-mock/geo-service:0.1.0-SNAPSHOT} and so on. */
    public static DockerImageName service(ServiceEndpoint service) {
        return DockerImageName.parse("docloud-mock/" + service.serviceName() + ":" + VERSION);
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = DoCloudMockImages.class.getResourceAsStream("images.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
