package org.docloudmock.support.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;
import org.junit.jupiter.api.Test;

class CidrBlockTest {

    private static InetAddress ip(String text) {
        return IpAddresses.requireLiteral(text, "ip");
    }

    private static boolean contains(String cidr, String address) {
        return CidrBlock.parse(cidr).contains(ip(address));
    }

    @Test
    void ipv4SlashZeroHoldsEveryIpv4AddressAndNoIpv6() {
        assertThat(contains("0.0.0.0/0", "0.0.0.0")).isTrue();
        assertThat(contains("0.0.0.0/0", "255.255.255.255")).isTrue();
        assertThat(contains("0.0.0.0/0", "::1")).isFalse();
    }

    @Test
    void ipv4SlashEightEndsAtItsEdges() {
        assertThat(contains("10.0.0.0/8", "10.0.0.0")).isTrue();
        assertThat(contains("10.0.0.0/8", "10.255.255.255")).isTrue();
        assertThat(contains("10.0.0.0/8", "9.255.255.255")).isFalse();
        assertThat(contains("10.0.0.0/8", "11.0.0.0")).isFalse();
    }

    @Test
    void ipv4SlashThirtyTwoAndABareAddressHoldOnlyThatAddress() {
        assertThat(contains("192.0.2.7/32", "192.0.2.7")).isTrue();
        assertThat(contains("192.0.2.7/32", "192.0.2.6")).isFalse();
        assertThat(contains("192.0.2.7/32", "192.0.2.8")).isFalse();
        assertThat(CidrBlock.parse("192.0.2.7")).isEqualTo(CidrBlock.parse("192.0.2.7/32"));
    }

    @Test
    void ipv4SlashThirtyOneHoldsTwoAddresses() {
        assertThat(contains("192.0.2.4/31", "192.0.2.4")).isTrue();
        assertThat(contains("192.0.2.4/31", "192.0.2.5")).isTrue();
        assertThat(contains("192.0.2.4/31", "192.0.2.3")).isFalse();
        assertThat(contains("192.0.2.4/31", "192.0.2.6")).isFalse();
    }

    @Test
    void aPrefixInsideAByteIsMatchedBitByBit() {
        assertThat(contains("172.16.0.0/12", "172.16.0.0")).isTrue();
        assertThat(contains("172.16.0.0/12", "172.31.255.255")).isTrue();
        assertThat(contains("172.16.0.0/12", "172.32.0.0")).isFalse();
        assertThat(contains("172.16.0.0/12", "172.15.255.255")).isFalse();
    }

    @Test
    void ipv6BlocksEndAtTheirEdgesAndHoldNoIpv4() {
        assertThat(contains("2001:db8::/32", "2001:db8::")).isTrue();
        assertThat(contains("2001:db8::/32", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
        assertThat(contains("2001:db8::/32", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")).isFalse();
        assertThat(contains("2001:db8::/32", "2001:db9::")).isFalse();
        assertThat(contains("2001:db8::/127", "2001:db8::1")).isTrue();
        assertThat(contains("2001:db8::/127", "2001:db8::2")).isFalse();
        assertThat(contains("::1/128", "::1")).isTrue();
        assertThat(contains("::1", "::2")).isFalse();
        assertThat(contains("::/0", "2001:db8::1")).isTrue();
        assertThat(contains("::/0", "192.0.2.1")).isFalse();
    }

    @Test
    void printsInCanonicalForm() {
        assertThat(CidrBlock.parse(" 2001:0db8:0:0::/32 ")).hasToString("2001:db8::/32");
        assertThat(CidrBlock.parse("192.0.2.0/24")).hasToString("192.0.2.0/24");
    }

    @Test
    void aMalformedBlockIsAnInvalidCidr() {
        for (String bad : new String[] {"192.0.2.0/33", "192.0.2.0/-1", "192.0.2.0/x", "192.0.2.0/", "2001:db8::/129",
                "not-an-ip/8", "192.0.2/24", ""}) {
            assertThatThrownBy(() -> CidrBlock.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("cidr"));
        }
    }
}
