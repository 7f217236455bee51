package org.docloudmock.simulator.doctor;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code docloud-simulator doctor}: DO's troubleshooter from the cloud's side. Each check prints sections of
 * {@code Name | Result | Details} rows and exits 0 when nothing failed. It changes nothing it did not create.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Explains why devices get no bytes from peers, from the cloud's side: health, p2p, connect, mcc, scenario.",
        subcommands = {HealthCommand.class, P2pCommand.class, ConnectCommand.class, MccCommand.class, ScenarioCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:no check failed", "1:a check failed", "2:bad usage"})
public final class DoctorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a check: health, p2p, connect, mcc or scenario");
    }
}
