package org.docloudmock.simulator.run;

import java.net.URI;
import java.nio.file.Path;

/**
 * How to run a scenario.
 *
 * @param cloud      Geo's base URL of a running cloud, or null to start the suite in this JVM
 * @param adminToken the bearer token of the services' admin API, or null
 * @param peerPort   the first device of each network listens on this port, the next on the one after
 *                   (as a NAT maps each device to a port of its own); 0 for ephemeral ports
 * @param workDir    where devices assemble their files (kept), or null for a temporary folder (deleted)
 * @param verbose    let the services and clients log at info (otherwise errors only: the report tells the rest)
 */
public record RunOptions(URI cloud, String adminToken, int peerPort, Path workDir, boolean verbose) {
}
