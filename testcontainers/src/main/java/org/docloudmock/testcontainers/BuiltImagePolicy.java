package org.docloudmock.testcontainers;

import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * An image already in the Docker engine is used as it is, never pulled; a DO Cloud Mock image that is missing
 * is refused with how to build it, rather than looked for on Docker Hub, which has none. An image named with
 * a registry ({@code registry.lab:5000/docloud-mock/suite}) is pulled from there as usual.
 */
final class BuiltImagePolicy implements ImagePullPolicy {

    private final String buildArgument;

    /** @param buildArgument what {@code docker/build-images.sh} takes to build the image: {@code suite}, {@code geo-service} */
    BuiltImagePolicy(String buildArgument) {
        this.buildArgument = buildArgument;
    }

    @Override
    public boolean shouldPull(DockerImageName image) {
        if (!PullPolicy.defaultPolicy().shouldPull(image)) {
            return false;
        }
        if (image.getRegistry().isEmpty()) {
            throw new IllegalStateException("image " + image.asCanonicalNameString() + " is not in the Docker engine: "
                    + "build it from DO Cloud Mock's sources with ./mvnw -B -DskipTests package && docker/build-images.sh "
                    + buildArgument);
        }
        return true;
    }
}
