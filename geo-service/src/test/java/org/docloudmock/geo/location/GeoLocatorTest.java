package org.docloudmock.geo.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docloudmock.geo.GeoProperties;
import org.docloudmock.geo.GeoProperties.CacheHostRange;
import org.docloudmock.geo.GeoProperties.CountryRange;
import org.docloudmock.geo.GeoProperties.Region;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.support.address.CidrBlock;
import org.junit.jupiter.api.Test;

class GeoLocatorTest {

    private static final String DEFAULT_KV = "http://localhost:8082/all";
    private static final String EUROPE_KV = "http://kv-eu.lab.example:8082/all";

    private static final List<CountryRange> COUNTRIES = List.of(
            new CountryRange(CidrBlock.parse("192.0.2.0/24"), "DE"),
            new CountryRange(CidrBlock.parse("198.51.100.0/24"), "FR"),
            new CountryRange(CidrBlock.parse("203.0.113.0/24"), "JP"),
            new CountryRange(CidrBlock.parse("2001:db8::/32"), "GB"));

    private static Map<String, Region> regions(Region europe) {
        Map<String, Region> regions = new LinkedHashMap<>();
        regions.put("default", new Region(DEFAULT_KV, List.of()));
        regions.put("europe", europe);
        return regions;
    }

    private static GeoProperties properties(Map<String, Region> regions, List<CacheHostRange> cacheHosts) {
        return new GeoProperties("US", COUNTRIES, "default", regions, cacheHosts, "7", false, "");
    }

    private static final GeoProperties LAB = properties(regions(new Region(EUROPE_KV, List.of("DE", "FR"))),
            List.of(new CacheHostRange(CidrBlock.parse("203.0.113.0/25"), "cache.lab.example", 1)));

    private static GeoLocator locator(GeoProperties properties) {
        return new GeoLocator(properties, new SimpleMeterRegistry());
    }

    private static GeoResponse locate(GeoProperties properties, String ip) {
        return locator(properties).locate(IpAddresses.requireLiteral(ip, "ip"));
    }

    @Test
    void aClientGetsTheCountryOfItsRangeAndTheEndpointOfThatCountrysRegion() {
        GeoResponse response = locate(LAB, "192.0.2.7");

        assertThat(response.externalIpAddress()).isEqualTo("192.0.2.7");
        assertThat(response.countryCode()).isEqualTo("DE");
        assertThat(response.keyValueEndpointFullUri()).isEqualTo(EUROPE_KV);
    }

    @Test
    void aCountryNoRegionListsGoesToTheDefaultRegion() {
        GeoResponse response = locate(LAB, "203.0.113.200");

        assertThat(response.countryCode()).isEqualTo("JP");
        assertThat(response.keyValueEndpointFullUri()).isEqualTo(DEFAULT_KV);
    }

    @Test
    void aClientNoRangeHoldsGetsTheDefaultCountry() {
        assertThat(locate(LAB, "127.0.0.1").countryCode()).isEqualTo("US");
        assertThat(locate(LAB, "2001:db9::1").countryCode()).isEqualTo("US");
    }

    @Test
    void ipv6ClientsAreLocatedAndPrintedInShortForm() {
        GeoResponse response = locate(LAB, "2001:0db8:0000:0000:0000:0000:0000:0042");

        assertThat(response.externalIpAddress()).isEqualTo("2001:db8::42");
        assertThat(response.countryCode()).isEqualTo("GB");
    }

    @Test
    void cacheHostFieldsOnlyForClientsInACacheHostRange() {
        GeoResponse inRange = locate(LAB, "203.0.113.9");
        GeoResponse outOfRange = locate(LAB, "203.0.113.129");

        assertThat(inRange.cacheHost()).isEqualTo("cache.lab.example");
        assertThat(inRange.cacheHostFlag()).isEqualTo(1);
        assertThat(outOfRange.cacheHost()).isNull();
        assertThat(outOfRange.cacheHostFlag()).isNull();
    }

    @Test
    void theVersionIsStableForOneConfigurationAndChangesWithIt() {
        GeoProperties same = properties(regions(new Region(EUROPE_KV, List.of("DE", "FR"))),
                List.of(new CacheHostRange(CidrBlock.parse("203.0.113.0/25"), "cache.lab.example", 1)));
        GeoProperties otherEndpoint = properties(regions(new Region("http://kv-eu2.lab.example/all", List.of("DE", "FR"))),
                LAB.cacheHosts());
        GeoProperties otherCacheFlag = properties(LAB.regions(),
                List.of(new CacheHostRange(CidrBlock.parse("203.0.113.0/25"), "cache.lab.example", 2)));

        String version = locator(LAB).version().version();

        assertThat(version).isNotBlank().isEqualTo(locator(same).version().version());
        assertThat(locator(otherEndpoint).version().version()).isNotEqualTo(version);
        assertThat(locator(otherCacheFlag).version().version()).isNotEqualTo(version);
    }

    @Test
    void theCompactVersionIsAShortFormOfTheVersion() {
        GeoResponse response = locate(LAB, "192.0.2.1");

        assertThat(response.version()).isEqualTo(locator(LAB).version().version());
        assertThat(response.compactVersion()).isNotBlank();
        assertThat(response.version()).startsWith(response.compactVersion());
    }

    @Test
    void aDefaultRegionThatIsNoRegionIsRefused() {
        GeoProperties properties = new GeoProperties("US", COUNTRIES, "nowhere", LAB.regions(), List.of(), "7", false, "");

        assertThatIllegalArgumentException().isThrownBy(() -> locator(properties))
                .withMessageContaining("docloud.geo.default-region").withMessageContaining("nowhere");
    }

    @Test
    void aCountryInTwoRegionsIsRefused() {
        Map<String, Region> regions = regions(new Region(EUROPE_KV, List.of("DE")));
        regions.put("also-europe", new Region("http://kv-eu2.lab.example/all", List.of("FR", "DE")));

        assertThatIllegalArgumentException().isThrownBy(() -> locator(properties(regions, List.of())))
                .withMessageContaining("DE").withMessageContaining("europe").withMessageContaining("also-europe");
    }

    @Test
    void anIpv4MappedIpv6ClientIsLocatedAsIpv4() throws Exception {
        InetAddress mapped = InetAddress.getByName("::ffff:198.51.100.4");

        assertThat(locator(LAB).locate(mapped).countryCode()).isEqualTo("FR");
    }

    @Test
    void lookupsAreCountedByCountryAndRegionAndEveryAnswerableCountryHasACounterFromTheStart() {
        MeterRegistry meters = new SimpleMeterRegistry();
        GeoLocator locator = new GeoLocator(LAB, meters);

        locator.locate(IpAddresses.requireLiteral("192.0.2.7", "ip"));
        locator.locate(IpAddresses.requireLiteral("192.0.2.8", "ip"));
        locator.locate(IpAddresses.requireLiteral("127.0.0.1", "ip"));

        assertThat(meters.get("docloud.geo.lookups").tags("country", "DE", "region", "europe").counter().count()).isEqualTo(2);
        assertThat(meters.get("docloud.geo.lookups").tags("country", "US", "region", "default").counter().count()).isEqualTo(1);
        assertThat(meters.get("docloud.geo.lookups").tags("country", "JP", "region", "default").counter().count()).isZero();
        assertThat(meters.find("docloud.geo.lookups").counters()).hasSize(5);
    }
}
