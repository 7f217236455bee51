package org.docloudmock.kv.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.docloudmock.kv.bootstrap.DeviceConfiguration.OverrideLayer;
import org.junit.jupiter.api.Test;

class DeviceConfigurationTest {

    private static final DeviceConfiguration LAB = new DeviceConfiguration(
            Map.of("DOMaxCacheAge", 259200, "Array_MaxPeers", 50, "DOMinFileSizeToCache", 50),
            Map.of("DE", Map.of("Array_MaxPeers", 20, "DOMaxCacheAge", 1000)),
            Map.of(768, Map.of("Array_MaxPeers", 30, "LabProfileOnly", true)),
            Map.of("fleet-1", Map.of("Array_MaxPeers", 40)));

    @Test
    void aClientWithoutParametersGetsTheBase() {
        assertThat(LAB.forClient(null, null, null).keys())
                .containsOnly(entry("DOMaxCacheAge", 259200), entry("Array_MaxPeers", 50), entry("DOMinFileSizeToCache", 50));
    }

    @Test
    void eachLayerReplacesTheKeysItSetsAndKeepsTheOthers() {
        assertThat(LAB.forClient("DE", null, null).keys())
                .containsEntry("Array_MaxPeers", 20).containsEntry("DOMaxCacheAge", 1000).containsEntry("DOMinFileSizeToCache", 50);
        assertThat(LAB.forClient(null, 768, null).keys())
                .containsEntry("Array_MaxPeers", 30).containsEntry("DOMaxCacheAge", 259200).containsEntry("LabProfileOnly", true);
        assertThat(LAB.forClient(null, null, "fleet-1").keys()).containsEntry("Array_MaxPeers", 40);
    }

    @Test
    void precedenceIsBaseThenCountryThenProfileThenEid() {
        assertThat(LAB.forClient("DE", 768, "fleet-1").keys())
                .containsEntry("Array_MaxPeers", 40)         // eId over all
                .containsEntry("LabProfileOnly", true)       // Profile adds
                .containsEntry("DOMaxCacheAge", 1000)        // country over base
                .containsEntry("DOMinFileSizeToCache", 50);  // base
        assertThat(LAB.forClient("DE", 768, null).keys()).containsEntry("Array_MaxPeers", 30);
    }

    @Test
    void countriesAndEidsMatchWhateverTheirCase() {
        assertThat(LAB.forClient("de", null, "FLEET-1").keys())
                .containsEntry("DOMaxCacheAge", 1000).containsEntry("Array_MaxPeers", 40);
    }

    @Test
    void unknownCountryProfileOrEidAndEmptyValuesChangeNothing() {
        assertThat(LAB.forClient("FR", 1, "other").keys()).isEqualTo(LAB.forClient(null, null, null).keys());
        assertThat(LAB.forClient("", null, "").keys()).isEqualTo(LAB.forClient(null, null, null).keys());
    }

    @Test
    void textFromTheCommandLineOrEnvironmentReadsAsJson() {
        assertThat(DeviceConfiguration.jsonValue("p", "20")).isEqualTo(20L);
        assertThat(DeviceConfiguration.jsonValue("p", "-3")).isEqualTo(-3L);
        assertThat(DeviceConfiguration.jsonValue("p", "0.5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(DeviceConfiguration.jsonValue("p", "99999999999999999999")).isEqualTo(new BigDecimal("99999999999999999999"));
        assertThat(DeviceConfiguration.jsonValue("p", "true")).isEqualTo(true);
        assertThat(DeviceConfiguration.jsonValue("p", "false")).isEqualTo(false);
        assertThat(DeviceConfiguration.jsonValue("p", "\"20\"")).isEqualTo("20");
        assertThat(DeviceConfiguration.jsonValue("p", "lab")).isEqualTo("lab");
        assertThat(DeviceConfiguration.jsonValue("p", "020")).isEqualTo("020");
        assertThat(DeviceConfiguration.jsonValue("p", "")).isEqualTo("");
        assertThat(DeviceConfiguration.jsonValue("p", 7)).isEqualTo(7);
        assertThat(DeviceConfiguration.jsonValue("p", Boolean.TRUE)).isEqualTo(true);
    }

    @Test
    void knownKeysGetTheirRealSpellingBackOthersKeepTheirs() {
        DeviceConfiguration fromEnvironment = new DeviceConfiguration(Map.of("array_maxpeers", "12", "LabKey", "x"),
                Map.of(), Map.of(), Map.of());

        assertThat(fromEnvironment.forClient(null, null, null).keys())
                .containsOnly(entry("Array_MaxPeers", 12L), entry("LabKey", "x"));
    }

    @Test
    void aValueThatIsNoNumberStringOrBooleanIsRefusedNamingItsProperty() {
        // DOCLOUD_KV_DEVICECONFIG_ARRAY_MAXPEERS=7 binds as device-config.array.maxpeers
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeviceConfiguration(Map.of("array", Map.of("maxpeers", "7")), Map.of(), Map.of(), Map.of()))
                .withMessageContaining("docloud.kv.device-config.array").withMessageContaining("environment variable");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeviceConfiguration(Map.of(), Map.of(), Map.of(768, Map.of("Lab", List.of(1))), Map.of()))
                .withMessageContaining("docloud.kv.profile-overrides.768.Lab");
    }

    @Test
    void noLayerCanSetAnEndpointKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeviceConfiguration(Map.of(), Map.of(),
                        Map.of(), Map.of("fleet-1", Map.of("discovery_endpointfulluri", "http://elsewhere/"))))
                .withMessageContaining("docloud.kv.eid-overrides.fleet-1.discovery_endpointfulluri")
                .withMessageContaining("docloud.kv.discovery-url");
    }

    @Test
    void saysWhichOverrideLayersHadSomethingForTheClient() {
        assertThat(LAB.forClient(null, null, null).layers()).isEmpty();
        assertThat(LAB.forClient("FR", 1, "other").layers()).isEmpty();
        assertThat(LAB.forClient("de", null, "fleet-1").layers()).containsExactly(OverrideLayer.COUNTRY, OverrideLayer.EID);
        assertThat(LAB.forClient("DE", 768, "fleet-1").layers())
                .containsExactly(OverrideLayer.COUNTRY, OverrideLayer.PROFILE, OverrideLayer.EID);
    }
}
