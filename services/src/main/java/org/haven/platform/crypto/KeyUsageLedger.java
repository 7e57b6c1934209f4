package org.haven.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The encryption budget shared by every server: each reserves a block of encryptions in PostgreSQL
 * and counts down locally, so the ledger is written once per block, and a server that dies only
 * over-counts (the safe direction).
 */
@ApplicationScoped
public class KeyUsageLedger implements EncryptionBudget {

  @Inject LedgerBlocks blocks;

  @Inject CryptoSettings settings;

  private final Map<String, Block> held = new ConcurrentHashMap<>();

  @Override
  public long spend(String keyId) {
    Block block = held.computeIfAbsent(keyId, k -> new Block());
    synchronized (block) {
      if (block.next >= block.end) {
        int size = settings.ledgerBlock();
        block.end = blocks.reserve(keyId, size);
        block.next = block.end - size;
      }
      return ++block.next;
    }
  }

  @Override
  public long spent(String keyId) {
    Block block = held.get(keyId);
    return block == null ? 0 : block.next;
  }

  private static final class Block {
    long next;
    long end;
  }
}
