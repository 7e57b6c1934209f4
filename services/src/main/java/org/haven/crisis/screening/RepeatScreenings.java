package org.haven.crisis.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.haven.crisis.Assessment;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.SealedCache;
import org.haven.platform.cache.SealedCaches;
import org.haven.platform.crypto.Keyring;

/**
 * Screening of texts that apps send again and again (a draft checked as it is typed): answered from
 * the analysis cache when the same text met the same rule book and model. The key is a keyed
 * fingerprint, the value sealed; a degraded assessment is never kept, and a cache that fails only
 * costs the screening it would have saved.
 */
@ApplicationScoped
public class RepeatScreenings {

  private static final Logger LOG = Logger.getLogger(RepeatScreenings.class.getName());

  @Inject CrisisScreener screener;

  @Inject SealedCaches caches;

  @Inject Keyring keyring;

  public Assessment assess(String text) {
    try {
      SealedCache<Assessment> analysis = caches.of(CacheName.ANALYSIS, Assessment.class);
      String key = keyring.fingerprint(screener.versions() + "\n" + text);
      Assessment assessment = analysis.computeIfAbsent(key, () -> screener.assess(text));
      if (assessment.isDegraded()) {
        analysis.invalidate(key);
      }
      return assessment;
    } catch (RuntimeException cacheFailed) {
      LOG.warning(() -> "Analysis cache unavailable: " + cacheFailed.getClass().getName());
      return screener.assess(text);
    }
  }
}
