package org.docloudmock.simulator.run;

import java.util.List;

/** Told a few times a second how the networks are doing, while the scenario runs. */
public interface ProgressListener {

    void progress(double seconds, List<NetworkProgress> networks);

    /** The scenario is over: the last progress was final. */
    default void finished() {
    }
}
