package org.haven.benchmarks;

import ai.onnxruntime.OrtSession;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.emotion.EmotionAnalyzer;
import org.haven.emotion.EmotionModel;
import org.haven.emotion.EmotionProfile;
import org.haven.models.ModelSlot;
import org.haven.models.ModelUpload;
import org.haven.models.OnnxClassifier;
import org.haven.models.ProviderChoice;
import org.haven.models.SentenceSpans;
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
 * Emotion analysis of a 1,000-character entry through Haven ({@code haven}: sentence split, one
 * lease on the serving model, embeddings, classifier, aggregation) against the same models called
 * directly ({@code rawOnnx}: the embedder over the same sentences and the ONNX classifier session
 * over each vector). Their ratio is what Haven adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class EmotionBenchmark {

  static final String ENTRY =
      """
      Woke up before the alarm again and lay there going over the meeting in my head. \
      The train was late, so I got in flustered and my manager made a comment about it. \
      I was annoyed for most of the morning, though I tried not to show it. \
      Lunch with Priya helped: we laughed about the printer saga and she offered to look at my slides. \
      In the afternoon the presentation went better than I expected and two people asked good questions. \
      I felt proud for a moment, then worried that I had talked too fast. \
      On the way home I called Mum, who sounded tired but pleased to hear from me. \
      Cooked pasta, watched half a film and folded the laundry. \
      Tomorrow is the dentist and I am already dreading it a little. \
      Still, today was better than last week, and I want to remember that. \
      My therapist said to notice the small wins, so here they are: I spoke up, I ate properly, \
      and I went to bed before midnight. The neighbours were loud again but I let it go. \
      I am looking forward to the weekend and the walk by the river with my brother.""";

  /** Two versions that share no sentence, alternated so that every call embeds anew. */
  private static final String[] ENTRIES = Unremembered.twoVersions(ENTRY, Integer.MAX_VALUE);

  private int calls;
  private SentenceEmbedder embedder;
  private EmotionAnalyzer analyzer;
  private ModelSlot<EmotionModel> slot;
  private OnnxClassifier raw;
  private List<List<String>> sentences;

  @Setup
  public void start() throws Exception {
    embedder = new SentenceEmbedder();
    ModelUpload shipped =
        ModelUpload.fromClassPath(getClass().getClassLoader(), EmotionModel.RESOURCE);
    slot =
        new ModelSlot<>(EmotionModel.NAME, EmotionModel.fromUpload(shipped, ProviderChoice.cpu()));
    analyzer = new EmotionAnalyzer(embedder, slot);
    List<String> labels =
        Json.createReader(new StringReader(shipped.metadata()))
            .readObject()
            .getJsonArray("labels")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();
    try (OrtSession.SessionOptions options = ProviderChoice.cpu().sessionOptions(1)) {
      raw = new OnnxClassifier(shipped.onnx(), labels, options);
    }
    sentences =
        Arrays.stream(ENTRIES)
            .map(
                entry ->
                    SentenceSpans.split(entry, Integer.MAX_VALUE).stream()
                        .map(s -> entry.substring(s[0], s[1]))
                        .toList())
            .toList();
  }

  @TearDown
  public void stop() throws Exception {
    slot.close();
    raw.close();
  }

  @Benchmark
  public EmotionProfile haven() {
    return analyzer.analyse(ENTRIES[calls++ & 1]);
  }

  @Benchmark
  public float rawOnnx() {
    float sum = 0;
    for (float[] vector : embedder.embedAll(sentences.get(calls++ & 1))) {
      sum += raw.scores(vector)[0];
    }
    return sum;
  }
}
