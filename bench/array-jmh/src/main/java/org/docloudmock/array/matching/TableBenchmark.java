package org.docloudmock.array.matching;

import com.carrotsearch.hppc.LongIntHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agrona.collections.Long2LongHashMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SwarmIndex}'s NAT table ({@link IntKeyedTable}: an int a NAT, the address read from the rows) against
 * the primitive long-to-int maps of fastutil, HPPC and Agrona (the address stored beside the value), in the
 * NATs of the {@code internet} population of {@link org.docloudmock.bench.array.JoinBenchmark}: one peer a NAT,
 * addresses 10.0.0.0 upwards. {@code find}: a join looks up its NAT; {@code churn}: a peer leaves and another
 * comes, the NAT going and coming back. In random order, so that large tables miss the cache as a swarm does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TableBenchmark {

    private static final int LOOKUPS = 1 << 16;

    @Param({"1000", "100000"})
    int nats;

    private long[] addresses;
    private int[] order;
    private Nats ours;
    private Long2IntOpenHashMap fastutil;
    private LongIntHashMap hppc;
    private Long2LongHashMap agrona;
    private int next;

    @Setup
    public void fill() {
        addresses = new long[nats];
        ours = new Nats(addresses);
        fastutil = new Long2IntOpenHashMap();
        hppc = new LongIntHashMap();
        agrona = new Long2LongHashMap(0);
        for (int slot = 0; slot < nats; slot++) {
            addresses[slot] = Ipv4.parse("10." + (slot >>> 16 & 0xFF) + "." + (slot >>> 8 & 0xFF) + "." + (slot & 0xFF));
            ours.insert(slot + 1);
            fastutil.put(addresses[slot], slot + 1);
            hppc.put(addresses[slot], slot + 1);
            agrona.put(addresses[slot], slot + 1);
        }
        SplittableRandom random = new SplittableRandom(42);
        order = new int[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            order[i] = random.nextInt(nats);
        }
    }

    private int nextSlot() {
        return order[next++ & (LOOKUPS - 1)];
    }

    @Benchmark
    public int findOurs() {
        return ours.table[ours.find(addresses[nextSlot()])];
    }

    @Benchmark
    public int findFastutil() {
        return fastutil.get(addresses[nextSlot()]);
    }

    @Benchmark
    public int findHppc() {
        return hppc.get(addresses[nextSlot()]);
    }

    @Benchmark
    public long findAgrona() {
        return agrona.get(addresses[nextSlot()]);
    }

    @Benchmark
    public int churnOurs() {
        int slot = nextSlot();
        ours.deleteAt(ours.find(addresses[slot]));
        ours.insert(slot + 1);
        return ours.count();
    }

    @Benchmark
    public int churnFastutil() {
        int slot = nextSlot();
        fastutil.remove(addresses[slot]);
        return fastutil.put(addresses[slot], slot + 1);
    }

    @Benchmark
    public int churnHppc() {
        int slot = nextSlot();
        hppc.remove(addresses[slot]);
        return hppc.put(addresses[slot], slot + 1);
    }

    @Benchmark
    public long churnAgrona() {
        int slot = nextSlot();
        agrona.remove(addresses[slot]);
        return agrona.put(addresses[slot], slot + 1);
    }

    /** As {@link SwarmIndex}'s NATs: an entry is a slot + 1, its key the address in that slot. */
    static final class Nats extends IntKeyedTable {

        private final long[] addresses;

        Nats(long[] addresses) {
            this.addresses = addresses;
        }

        @Override
        protected int hashOf(int entry) {
            return Hashing.mix(addresses[entry - 1]);
        }

        int find(long key) {
            for (int position = start(Hashing.mix(key)); table[position] != 0; position = next(position)) {
                if (addresses[table[position] - 1] == key) {
                    return position;
                }
            }
            return -1;
        }
    }
}
