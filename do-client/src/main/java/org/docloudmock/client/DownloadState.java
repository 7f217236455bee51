package org.docloudmock.client;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code Status} of a download: DO's own values, written as DO prints them, and the mock's two. */
public enum DownloadState {
    DOWNLOADING("Downloading"),
    /** Downloaded, not uploading: HTTP-only downloads, and devices that may not upload. */
    COMPLETE("Complete"),
    /** Downloaded and ready to upload: a peer that stays in the swarm, as DO keeps content in its cache. */
    CACHING("Caching"),
    /** The mock's own: the download could not finish (its Reason says why). */
    FAILED("Failed"),
    /** The mock's own, for a simulated device the scenario ended before it started. */
    NOT_STARTED("NotStarted");

    private final String text;

    DownloadState(String text) {
        this.text = text;
    }

    /** The value as DO's {@code Get-DeliveryOptimizationStatus} prints it. */
    @JsonValue
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
