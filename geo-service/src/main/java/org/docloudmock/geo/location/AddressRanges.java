package org.docloudmock.geo.location;

import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.docloudmock.support.address.CidrBlock;

/** CIDR blocks with a value each; an address gets the value of its longest matching block, the first listed on a tie. */
final class AddressRanges<V> {

    private record Range<V>(CidrBlock block, V value) {
    }

    private final List<Range<V>> longestFirst;

    private AddressRanges(List<Range<V>> longestFirst) {
        this.longestFirst = longestFirst;
    }

    static <T, V> AddressRanges<V> of(List<T> entries, Function<T, CidrBlock> block, Function<T, V> value) {
        // a stable sort: among blocks of one length, the order of the configuration stays
        return new AddressRanges<>(entries.stream()
                .map(entry -> new Range<>(block.apply(entry), value.apply(entry)))
                .sorted(Comparator.comparingInt((Range<V> range) -> range.block().prefixLength()).reversed())
                .toList());
    }

    Optional<V> lookup(InetAddress address) {
        return longestFirst.stream().filter(range -> range.block().contains(address)).map(Range::value).findFirst();
    }

    int size() {
        return longestFirst.size();
    }
}
