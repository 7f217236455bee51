package org.docloudmock.geo.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.support.address.CidrBlock;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

    private record Entry(String cidr, String value) {
    }

    private static AddressRanges<String> ranges(Entry... entries) {
        return AddressRanges.of(List.of(entries), entry -> CidrBlock.parse(entry.cidr()), Entry::value);
    }

    private static InetAddress ip(String text) {
        return IpAddresses.requireLiteral(text, "ip");
    }

    @Test
    void longestMatchingPrefixWinsWhateverTheOrder() {
        AddressRanges<String> ranges = ranges(new Entry("10.0.0.0/8", "wide"), new Entry("10.1.0.0/16", "narrow"),
                new Entry("10.1.2.0/24", "narrowest"));

        assertThat(ranges.lookup(ip("10.1.2.3"))).contains("narrowest");
        assertThat(ranges.lookup(ip("10.1.3.3"))).contains("narrow");
        assertThat(ranges.lookup(ip("10.2.0.1"))).contains("wide");
    }

    @Test
    void onATieTheFirstListedWins() {
        AddressRanges<String> ranges = ranges(new Entry("192.0.2.0/24", "first"), new Entry("192.0.2.0/24", "second"));

        assertThat(ranges.lookup(ip("192.0.2.9"))).contains("first");
    }

    @Test
    void matchesIpv6AndKeepsTheFamiliesApart() {
        AddressRanges<String> ranges = ranges(new Entry("0.0.0.0/0", "any IPv4"), new Entry("2001:db8::/32", "doc"));

        assertThat(ranges.lookup(ip("2001:db8:1::7"))).contains("doc");
        assertThat(ranges.lookup(ip("2001:db9::7"))).isEmpty();
        assertThat(ranges.lookup(ip("8.8.8.8"))).contains("any IPv4");
    }

    @Test
    void anAddressNoBlockHoldsHasNoValue() {
        assertThat(ranges(new Entry("198.51.100.0/24", "x")).lookup(ip("198.51.101.1"))).isEmpty();
        assertThat(ranges().lookup(ip("198.51.100.1"))).isEmpty();
    }
}
