package org.haven.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModelMemoryTest {

  private static final long MB = 1024 * 1024;

  private final ModelMemory memory = new ModelMemory();
  private final AtomicInteger loads = new AtomicInteger();

  @Test
  void the_least_recently_used_model_is_unloaded_and_comes_back_on_demand() {
    memory.budgetMb = 512;
    ModelSlot<CountedModel> a = slot("a", 200);
    ModelSlot<CountedModel> b = slot("b", 200);
    a.use(CountedModel::infer);

    ModelSlot<CountedModel> c = slot("c", 200);

    assertThat(List.of(a.isLoaded(), b.isLoaded(), c.isLoaded()))
        .containsExactly(true, false, true);
    assertThat(memory.loadedBytes()).isEqualTo(400 * MB);
    int loadsBefore = loads.get();

    assertThat(b.use(CountedModel::infer)).isEqualTo(2);

    assertThat(loads.get()).isEqualTo(loadsBefore + 1);
    assertThat(List.of(a.isLoaded(), b.isLoaded(), c.isLoaded()))
        .containsExactly(false, true, true);
    assertThat(b.usage().loads()).isEqualTo(2);
  }

  @Test
  void a_model_larger_than_the_budget_still_serves() {
    memory.budgetMb = 100;
    ModelSlot<CountedModel> big = slot("big", 300);

    assertThat(big.use(CountedModel::infer)).isPositive();
    assertThat(big.isLoaded()).isTrue();
  }

  @Test
  void four_threads_on_three_models_that_fit_one_at_a_time_fail_nothing_and_leak_nothing()
      throws Exception {
    memory.budgetMb = 250;
    int before = CountedModel.OPEN.get();
    List<ModelSlot<CountedModel>> slots = List.of(slot("x", 200), slot("y", 200), slot("z", 200));
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      workers.add(
          threads.submit(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  try {
                    slots.get(ThreadLocalRandom.current().nextInt(3)).use(CountedModel::infer);
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get(30, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(failures).isEmpty();
    long loaded = slots.stream().filter(ModelSlot::isLoaded).count();
    assertThat(CountedModel.OPEN.get() - before).isEqualTo((int) loaded);
    assertThat(memory.loadedBytes()).isLessThanOrEqualTo(250 * MB);
    slots.forEach(ModelSlot::close);
    assertThat(CountedModel.OPEN.get() - before).isZero();
  }

  private ModelSlot<CountedModel> slot(String name, long megabytes) {
    int version = loads.get() + 1;
    Loadable<CountedModel> loadable =
        new Loadable<>(
            name + "@1",
            "CPU",
            megabytes * MB,
            () -> {
              loads.incrementAndGet();
              return new CountedModel(version);
            });
    return new ModelSlot<>(name, loadable, budgetOnly());
  }

  private SlotEvents budgetOnly() {
    return new SlotEvents() {
      @Override
      public void loaded(ModelSlot<?> slot) {
        memory.loaded(slot);
      }

      @Override
      public void used(ModelSlot<?> slot, long nanos) {}
    };
  }
}
