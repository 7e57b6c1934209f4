/**
 * The embedded Infinispan cache: one owner of the cache manager ({@link CacheContainer}), the named
 * caches ({@link CacheName}) with their limits from configuration, local or replicated over JGroups
 * TCP, and {@link SealedCache}, a typed view that stores every value as JSON sealed with the
 * keyring, so cached health data is never held or replicated in clear. Values are {@code byte[]}
 * only: no Java serialisation, no marshaller allow-list.
 */
package org.haven.platform.cache;
