package org.editionkit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during one benchmark phase, by two measures:
 * <ul>
 * <li>{@code peakUsed}: the sum over the heap memory pools of each pool's peak usage since the
 * phase began ({@link MemoryPoolMXBean#resetPeakUsage} at the start, after a full GC). Pools peak
 * at different moments, so this is an upper bound; it includes garbage not yet collected and so
 * grows with the maximum heap the JVM is allowed.</li>
 * <li>{@code afterGc}: the largest heap occupancy right after any collection during the phase
 * (from the collectors' notifications): what the phase really keeps alive, garbage excluded.
 * Zero when no collection ran during the phase.</li>
 * </ul>
 */
final class HeapMeter implements AutoCloseable {
    private static final long MIB = 1024 * 1024;

    /** Heap figures of one phase, in MiB. */
    record Heap(long peakUsedMiB, long afterGcMiB) {
    }

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    private HeapMeter() {
    }

    /** Collects garbage, resets the pools' peaks and starts listening to collections. */
    static HeapMeter start() {
        HeapMeter meter = new HeapMeter();
        System.gc();
        meter.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(meter.listener, null, null);
                meter.emitters.add(emitter);
            }
        }
        return meter;
    }

    /** The figures so far. */
    Heap read() {
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage usage = pool.getPeakUsage();
            peak += usage == null ? 0 : usage.getUsed();
        }
        return new Heap(peak / MIB, maxAfterGc.get() / MIB);
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
