package org.docloudmock.simulator.run;

/** One network at one moment: how far its devices are, on average, and how many have finished. */
public record NetworkProgress(String name, int devices, int started, int finished, double percent,
                              long bytesFromPeers, long bytesFromHttp) {
}
