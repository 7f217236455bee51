package org.docloudmock.geo.location;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.docloudmock.geo.GeoProperties;
import org.docloudmock.geo.GeoProperties.CacheHostRange;
import org.docloudmock.geo.GeoProperties.CountryRange;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.protocol.geo.GeoVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Where a client is: its country, the KeyValue endpoint of its region, its Connected Cache host if any. */
@Component
class GeoLocator {

    private static final Logger log = LoggerFactory.getLogger(GeoLocator.class);

    private final AddressRanges<String> countries;
    private final String defaultCountry;
    private final Map<String, String> keyValueUrlByCountry = new LinkedHashMap<>();
    private final String defaultKeyValueUrl;
    private final AddressRanges<CacheHostRange> cacheHosts;
    private final String version;
    private final GeoProperties properties;
    private final Map<String, Counter> lookupsByCountry;

    GeoLocator(GeoProperties properties, MeterRegistry meters) {
        countries = AddressRanges.of(properties.countries(), CountryRange::cidr, CountryRange::country);
        defaultCountry = properties.defaultCountry();
        GeoProperties.Region defaultRegion = properties.regions().get(properties.defaultRegion());
        if (defaultRegion == null) {
            throw new IllegalArgumentException("docloud.geo.default-region: '" + properties.defaultRegion()
                    + "' is not one of docloud.geo.regions " + properties.regions().keySet());
        }
        defaultKeyValueUrl = defaultRegion.keyValueUrl();
        Map<String, String> regionOfCountry = new LinkedHashMap<>();
        properties.regions().forEach((name, region) -> region.countries().forEach(country -> {
            String other = regionOfCountry.putIfAbsent(country, name);
            if (other != null && !other.equals(name)) {
                throw new IllegalArgumentException("docloud.geo.regions: country " + country
                        + " is in two regions, " + other + " and " + name);
            }
            keyValueUrlByCountry.put(country, region.keyValueUrl());
        }));
        cacheHosts = AddressRanges.of(properties.cacheHosts(), CacheHostRange::cidr, range -> range);
        this.properties = properties;
        version = versionOf(properties);
        lookupsByCountry = lookupCounters(properties, regionOfCountry, meters);
        log.info("Geo: {} country ranges (default {}), {} regions (default {} at {}), {} cache host ranges, version {}",
                countries.size(), defaultCountry, properties.regions().size(), properties.defaultRegion(),
                defaultKeyValueUrl, cacheHosts.size(), version);
    }

    GeoResponse locate(InetAddress client) {
        String country = countries.lookup(client).orElse(defaultCountry);
        lookupsByCountry.get(country).increment();
        Optional<CacheHostRange> cacheHost = cacheHosts.lookup(client);
        return new GeoResponse(IpAddresses.format(client), country,
                keyValueUrlByCountry.getOrDefault(country, defaultKeyValueUrl), version, compactVersion(),
                cacheHost.map(CacheHostRange::host).orElse(null), cacheHost.map(CacheHostRange::flag).orElse(null),
                properties.cacheId(), properties.contentCert(), properties.downloadModeFailSafe());
    }

    /**
     * One counter per country a client can be given (the table's and the default; never what a request
     * says, so the tags stay bounded), tagged with the region that serves it.
     */
    private static Map<String, Counter> lookupCounters(GeoProperties properties, Map<String, String> regionOfCountry,
                                                       MeterRegistry meters) {
        Set<String> countries = new TreeSet<>(Set.of(properties.defaultCountry()));
        properties.countries().forEach(range -> countries.add(range.country()));
        Map<String, Counter> counters = new LinkedHashMap<>();
        countries.forEach(country -> counters.put(country, Counter.builder("docloud.geo.lookups")
                .description("Geo lookups answered, by the client's country and the region (data center) it is sent to")
                .tag("country", country)
                .tag("region", regionOfCountry.getOrDefault(country, properties.defaultRegion()))
                .register(meters)));
        return counters;
    }

    GeoVersion version() {
        return new GeoVersion(version);
    }

    private String compactVersion() {
        return version.substring(0, 8);
    }

    /**
     * A hash of the effective configuration (placeholders resolved, so a new KeyValue port counts too):
     * clients see a new {@code Version} whenever what Geo may answer has changed. Records print every
     * component, CIDR blocks in their canonical form.
     */
    private static String versionOf(GeoProperties properties) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(properties.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
