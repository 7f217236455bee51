package org.docloudmock.discovery.placement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;

/**
 * Rendezvous (highest-random-weight) hashing: a key goes to the instance with the highest weight for it.
 * Losing an instance moves only the keys it held; adding one takes only the keys it now wins (about 1/n).
 * The weight is SHA-256 of instance and key, so every replica, on any JVM, picks the same instance.
 */
public final class RendezvousHashing {

    private RendezvousHashing() {
    }

    /** The instance that holds {@code key}; the same whatever the order of {@code instances}. */
    public static String choose(String key, Collection<String> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("no instance to choose from");
        }
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        String best = null;
        long bestWeight = 0;
        for (String instance : instances) {
            long weight = weight(keyBytes, instance);
            int comparison = best == null ? 1 : Long.compareUnsigned(weight, bestWeight);
            if (comparison > 0 || (comparison == 0 && instance.compareTo(best) < 0)) {
                best = instance;
                bestWeight = weight;
            }
        }
        return best;
    }

    static long weight(byte[] key, String instance) {
        MessageDigest sha256 = sha256();
        sha256.update(instance.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(key);
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
