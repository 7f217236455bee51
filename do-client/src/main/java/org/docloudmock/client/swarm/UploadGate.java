package org.docloudmock.client.swarm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a device may upload: nothing while its battery is below DOMinBatteryPercentageAllowedToUpload, at
 * most DOMaxUploadBandwidth per second, and no more once DOMonthlyUploadDataCap is spent. Used on the
 * device's loop only, except {@link #uploadedBytes()}.
 */
public final class UploadGate {

    private final boolean allowed;
    private final long bytesPerSecond;
    private final long capBytes;
    private final boolean corruptsPieces;
    private final AtomicLong uploaded = new AtomicLong();
    private double tokens;
    private long refilledNanos = System.nanoTime();

    /**
     * @param bytesPerSecond 0 for no limit
     * @param capBytes 0 for no cap
     * @param corruptsPieces a faulty device, for simulations: it claims every piece, and every block it serves
     *                       has a flipped byte
     */
    public UploadGate(boolean allowed, long bytesPerSecond, long capBytes, boolean corruptsPieces) {
        this.allowed = allowed;
        this.bytesPerSecond = bytesPerSecond;
        this.capBytes = capBytes;
        this.corruptsPieces = corruptsPieces;
        this.tokens = burst();
    }

    public static UploadGate unlimited() {
        return new UploadGate(true, 0, 0, false);
    }

    public boolean allowed() {
        return allowed && (capBytes == 0 || uploaded.get() < capBytes);
    }

    public boolean corruptsPieces() {
        return corruptsPieces;
    }

    /** Nanoseconds to wait before {@code bytes} may go out; 0 means now, and then they are counted as sent. */
    long reserve(int bytes) {
        if (bytesPerSecond > 0) {
            long now = System.nanoTime();
            tokens = Math.min(burst(), tokens + (now - refilledNanos) * bytesPerSecond / 1e9);
            refilledNanos = now;
            if (tokens < bytes) {
                return (long) ((bytes - tokens) * 1e9 / bytesPerSecond) + 1;
            }
            tokens -= bytes;
        }
        uploaded.addAndGet(bytes);
        return 0;
    }

    public long uploadedBytes() {
        return uploaded.get();
    }

    /** A second's worth, but at least one block, so a slow limit still moves whole blocks. */
    private double burst() {
        return Math.max(bytesPerSecond, SwarmSession.BLOCK_LENGTH);
    }
}
