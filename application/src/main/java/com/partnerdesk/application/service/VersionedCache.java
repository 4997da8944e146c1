package com.partnerdesk.application.service;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a use case keeps in memory: each entry counts only while the data version it was read at (see
 * {@link com.partnerdesk.application.port.out.DataVersions}) is still the current one. Bounded: when full, an
 * arbitrary entry makes room. Safe for many threads.
 */
final class VersionedCache<K, V> {
    private record Entry<V>(long version, V value) {
    }

    private final int capacity;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    VersionedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value stored for {@code key} at exactly {@code currentVersion}, or null. */
    V get(K key, long currentVersion) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.version() == currentVersion ? entry.value() : null;
    }

    /** Keeps {@code value}, read after {@code version} was current, for {@code key}. */
    void put(K key, long version, V value) {
        if (entries.size() >= capacity && !entries.containsKey(key)) {
            Iterator<K> any = entries.keySet().iterator();
            if (any.hasNext()) {
                entries.remove(any.next());
            }
        }
        entries.put(key, new Entry<>(version, value));
    }

    int size() {
        return entries.size();
    }
}
