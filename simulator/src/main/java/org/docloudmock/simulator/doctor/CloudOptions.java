package org.docloudmock.simulator.doctor;

import java.net.URI;
import picocli.CommandLine.Option;

/** Options of the checks that start from Geo, as a device does: where the cloud is, and which device to act as. */
final class CloudOptions {

    @Option(names = "--cloud", required = true, paramLabel = "URL", description = "Geo's URL (http://host:8081)")
    URI cloud;

    @Option(names = "--as-ip", paramLabel = "IP", description = "act as a device behind this external IP (X-Forwarded-For)")
    String asIp;

    CloudLookup lookup(DoctorOptions options) {
        return new CloudLookup(cloud, asIp, options);
    }
}
