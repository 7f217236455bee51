package org.docloudmock.simulator.run;

import java.util.List;
import org.docloudmock.simulator.scenario.Scenario;

/**
 * What a scenario run produced.
 *
 * @param wallSeconds from the start of the devices until the last one finished (or the timeout)
 * @param timeline    progress of each network a few times a second
 */
public record ScenarioResult(Scenario scenario, String contentId, long contentLength, List<DeviceOutcome> devices,
                             List<TimelineSample> timeline, double wallSeconds, boolean timedOut) {

    public record TimelineSample(double seconds, List<NetworkProgress> networks) {
    }

    /** Every device finished with a verified file. */
    public boolean allVerified() {
        return devices.stream().allMatch(device -> device.status().verified());
    }
}
