package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadGateTest {

    @Test
    void aRateLimitLetsABurstThroughThenMakesTheNextBlockWait() {
        UploadGate gate = new UploadGate(true, 64 * 1024, 0, false);

        for (int block = 0; block < 4; block++) {
            assertThat(gate.reserve(16 * 1024)).isZero();
        }
        assertThat(gate.reserve(16 * 1024)).isBetween(1L, 260_000_000L);
        assertThat(gate.uploadedBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void aSpentMonthlyCapClosesTheGate() {
        UploadGate gate = new UploadGate(true, 0, 32 * 1024, false);

        assertThat(gate.allowed()).isTrue();
        gate.reserve(32 * 1024);
        assertThat(gate.allowed()).isFalse();
    }

    @Test
    void aDeviceOnLowBatteryDoesNotUpload() {
        assertThat(new UploadGate(false, 0, 0, false).allowed()).isFalse();
        assertThat(UploadGate.unlimited().allowed()).isTrue();
    }
}
