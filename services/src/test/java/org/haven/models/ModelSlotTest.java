package org.haven.models;

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
import org.junit.jupiter.api.Test;

class ModelSlotTest {

  @Test
  void twenty_swaps_under_four_busy_threads_fail_nothing_and_leave_only_the_serving_model_open()
      throws Exception {
    int before = CountedModel.OPEN.get();
    ModelSlot<CountedModel> slot = new ModelSlot<>("emotion", new CountedModel(0));
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger inferences = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      workers.add(
          threads.submit(
              () -> {
                while (running.get()) {
                  try {
                    slot.use(CountedModel::infer);
                    inferences.incrementAndGet();
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                }
              }));
    }

    for (int version = 1; version <= 20; version++) {
      int floor = inferences.get() + 50;
      while (inferences.get() < floor) {
        Thread.onSpinWait();
      }
      slot.swap(new CountedModel(version));
    }
    running.set(false);
    for (Future<?> worker : workers) {
      worker.get(10, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(failures).isEmpty();
    assertThat(slot.use(CountedModel::infer)).isEqualTo(20);
    assertThat(CountedModel.OPEN.get() - before).isEqualTo(1);
    slot.close();
    assertThat(CountedModel.OPEN.get() - before).isZero();
  }
}
