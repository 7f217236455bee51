package org.docloudmock.array.matching;

/**
 * Spreads keys over open-addressing tables: peer ids and addresses are far from random in their low bits.
 * fastutil's {@code HashCommon.murmurHash3} is this function, but its jar is 24 MB, and {@link IntKeyedTable}
 * (see there) keeps no library's table in service for it to come with.
 */
final class Hashing {

    private Hashing() {
    }

    /** The finalizer of MurmurHash3: every input bit affects every output bit. */
    static int mix(long key) {
        key ^= key >>> 33;
        key *= 0xFF51AFD7ED558CCDL;
        key ^= key >>> 33;
        key *= 0xC4CEB9FE1A85EC53L;
        key ^= key >>> 33;
        return (int) key;
    }
}
