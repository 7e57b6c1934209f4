package org.haven.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.models.ModelSlot;
import org.haven.models.ModelUpload;
import org.haven.models.ProviderChoice;
import org.junit.jupiter.api.Test;
import oshi.SystemInfo;

/** The swap test on real ONNX Runtime sessions, with the analyzer the server uses. */
class EmotionModelSwapTest {

  private static final int SWAPS = 20;
  private static final int THREADS = 4;
  private static final long RESIDENT_GROWTH_LIMIT = 64L << 20;
  private static final String TEXT =
      "Work was long and my manager snapped at me. Then my sister called and we laughed for an hour.";

  private final ModelUpload shipped =
      ModelUpload.fromClassPath(getClass().getClassLoader(), EmotionModel.RESOURCE);

  @Test
  void twenty_swaps_while_four_threads_analyse_fail_nothing_and_close_every_retired_session()
      throws Exception {
    List<EmotionModel> loaded = new ArrayList<>();
    loaded.add(load());
    ModelSlot<EmotionModel> slot = new ModelSlot<>(EmotionModel.NAME, loaded.get(0));
    EmotionAnalyzer analyzer = new EmotionAnalyzer(new SentenceEmbedder(), slot);
    analyzer.analyse(TEXT);
    long residentBefore = residentBytes();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger analyses = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(
          pool.submit(
              () -> {
                while (running.get()) {
                  try {
                    analyzer.analyse(TEXT);
                    analyses.incrementAndGet();
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                }
              }));
    }

    for (int swap = 0; swap < SWAPS; swap++) {
      int floor = analyses.get() + THREADS;
      while (analyses.get() < floor) {
        Thread.onSpinWait();
      }
      EmotionModel next = load();
      loaded.add(next);
      slot.swap(next);
    }
    running.set(false);
    for (Future<?> worker : workers) {
      worker.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long residentGrowth = residentBytes() - residentBefore;

    assertThat(failures).isEmpty();
    assertThat(loaded.subList(0, SWAPS)).noneMatch(EmotionModel::isOpen);
    assertThat(loaded.get(SWAPS).isOpen()).isTrue();
    assertThat(residentGrowth)
        .as("resident memory growth over %d swaps: %d KiB", SWAPS, residentGrowth >> 10)
        .isLessThan(RESIDENT_GROWTH_LIMIT);
    slot.close();
    assertThat(loaded.get(SWAPS).isOpen()).isFalse();
  }

  private EmotionModel load() {
    return EmotionModel.fromUpload(shipped, ProviderChoice.cpu());
  }

  private static long residentBytes() {
    var os = new SystemInfo().getOperatingSystem();
    return os.getProcess(os.getProcessId()).getResidentSetSize();
  }
}
