/**
 * Encryption of health data: AES-256-GCM data keys identified by key id, the self-describing
 * envelope every ciphertext is stored in, the budget that forces rotation long before GCM's random
 * nonce limit, and the JPA converter that seals private text on its way to PostgreSQL.
 */
package org.haven.platform.crypto;
