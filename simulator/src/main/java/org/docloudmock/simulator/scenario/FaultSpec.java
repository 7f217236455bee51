package org.docloudmock.simulator.scenario;

import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.service.ServiceEndpoint;

/** A fault rule (SPEC 9) put on one service while the scenario runs: the cloud down, slow or failing. */
public record FaultSpec(ServiceEndpoint service, FaultRule rule) {
}
