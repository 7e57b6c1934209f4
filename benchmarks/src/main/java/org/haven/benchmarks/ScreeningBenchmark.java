package org.haven.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.haven.crisis.Assessment;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.screening.CombinedScreening;
import org.haven.crisis.screening.RuleFloor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Crisis screening of one 1,000-character journal entry, single-threaded: the rule floor alone, and
 * the rules with the learned layer as the server runs them. Sample mode reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ScreeningBenchmark {

  private static final String TEXT =
      ("Work was long again today and the commute was killing me, but I made it home before the rain."
          + " I cooked pasta and called my sister, who told me about her new job and her terrible boss."
          + " Some days I feel like nothing I do matters and I just want to sleep and never wake up."
          + " Then I think about the dog and the garden and the trip we planned for spring."
          + " Tomorrow I have a meeting at nine, so I should go to bed early and stop scrolling."
          + " I wrote three pages in my notebook and it helped a little. The tea is cold now."
          + " My therapist said to notice small good things: the light at six, a kind message,"
          + " the way the cat sleeps on my feet. I am trying. I really am trying, most days."
          + " The neighbours are loud again but it is almost midnight and they will stop soon."
          + " I hope the weekend is quieter than this week was. We might drive to the coast if the"
          + " weather holds, and I want to finish the book I started in October before it is due. Maybe we will"
          + " see the old lighthouse again and eat chips on the wall like last year.");

  /** An ordinary entry of 1,000 characters with one risk sentence in the middle. */
  static final String ENTRY = TEXT.substring(0, 1000);

  /** Two versions that share no sentence, alternated so that every call embeds anew. */
  private static final String[] ENTRIES = Unremembered.twoVersions(TEXT, 1000);

  private int calls;

  private RuleFloor floor;
  private CombinedScreening combined;
  private LevelModel model;

  @Setup
  public void load() {
    floor = RuleFloor.fromClassPath();
    model = LevelModel.fromClassPath(ScreeningBenchmark.class.getClassLoader());
    combined =
        new CombinedScreening(
            floor, Optional.of(new LearnedScreening(new SentenceEmbedder(), model)));
  }

  @TearDown
  public void close() throws Exception {
    model.close();
  }

  @Benchmark
  public Assessment rulesAlone() {
    return floor.assess(ENTRY);
  }

  @Benchmark
  public Assessment rulesAndModel() {
    return combined.assess(ENTRIES[calls++ & 1]);
  }
}
