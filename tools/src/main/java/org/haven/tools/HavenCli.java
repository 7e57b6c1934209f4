package org.haven.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.screening.CombinedScreening;
import org.haven.crisis.screening.RuleFloor;
import org.haven.emotion.EmotionAnalyzer;
import org.haven.emotion.EmotionModel;
import org.haven.models.ModelSlot;
import org.haven.models.ModelUpload;
import org.haven.models.ProviderChoice;
import org.haven.support.retrieval.Ranking;

/**
 * Entry point of {@code haven-cli}: screening, training, models, emotions, retrieval quality and
 * the audit chain.
 */
public final class HavenCli {

  private static final String USAGE =
      """
      usage: java -jar haven-cli.jar <command>
        assess                      JSON lines {"id","text","locale"} on stdin -> one assessment per line
        evaluate FILE [--markdown OUT]
                                    labelled JSON lines -> precision, recall, F1, confusion matrix;
                                    the markdown report adds figures by kind and by language
        train CORPUS[,CORPUS...] OUTPUT_DIR [TUNING...]
                                    fit the crisis model on the corpora (read as one, in order),
                                    export ONNX, tune thresholds (on TUNING when given, all of them
                                    together), write a model card
        tune MODEL_DIR [--target-recall R] TUNING...
                                    the thresholds train would choose for the graph in MODEL_DIR,
                                    tuned on the TUNING corpora read as one (recall counted up to
                                    R, 0.97 unless given); writes nothing
        emotions                    JSON lines {"id","text"} on stdin -> {"id","dominant","scores","valence","arousal"}
        models                      the shipped models with their SHA-256 checked; exit 1 on a mismatch
        train-emotions CORPUS_DIR OUTPUT_DIR REPORT
                                    fit the emotion model on train.jsonl, export ONNX, evaluate on
                                    heldout.jsonl, write the model card and the Markdown report
        retrieval QUERIES [--markdown OUT]
                                    hit@1, hit@3 and MRR of the right domain over the bundled
                                    knowledge base for labelled queries {"id","text","domain"}
        audit verify JDBC_URL [USER]
                                    walk the audit chain; exit 1 naming the first broken record
                                    (password from HAVEN_DB_PASSWORD; exit 3 if unreadable)
      """;

  private HavenCli() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      System.err.print(USAGE);
      System.exit(2);
    }
    RuleFloor floor = RuleFloor.fromClassPath();
    switch (args[0]) {
      case "assess" -> new AssessCommand(screening(floor)::assess).run(stdin(), out);
      case "evaluate" ->
          evaluate(screening(floor), floor, Arrays.copyOfRange(args, 1, args.length), out);
      case "audit" -> {
        if (args.length < 3 || !"verify".equals(args[1])) {
          System.err.print(USAGE);
          System.exit(2);
        }
        String user = args.length > 3 ? args[3] : System.getProperty("user.name");
        System.exit(AuditCommand.verify(args[2], user, out));
      }
      case "emotions" ->
          new EmotionsCommand(
                  new EmotionAnalyzer(
                      new SentenceEmbedder(),
                      new ModelSlot<>(
                          EmotionModel.NAME,
                          EmotionModel.fromUpload(
                              ModelUpload.fromClassPath(
                                  HavenCli.class.getClassLoader(), EmotionModel.RESOURCE),
                              ProviderChoice.cpu()))))
              .run(stdin(), out);
      case "models" -> System.exit(ModelsCommand.run(out));
      case "retrieval" -> {
        if (args.length != 2 && !(args.length == 4 && "--markdown".equals(args[2]))) {
          System.err.print(USAGE);
          System.exit(2);
        }
        var queries = RetrievalQuery.read(Path.of(args[1]));
        SentenceEmbedder embedder = new SentenceEmbedder();
        String report =
            RetrievalEvaluation.of(queries, embedder, Ranking.DEFAULT).markdown(args[1])
                + "\nWith the passages' own similarity alone (no domain share, no one per domain):"
                + String.format(
                    " hit@3 %.3f.%n",
                    RetrievalEvaluation.of(queries, embedder, Ranking.SIMILARITY_ONLY).hitAt3());
        out.println(report);
        if (args.length == 4) {
          Files.writeString(Path.of(args[3]), report);
        }
      }
      case "train-emotions" -> {
        if (args.length != 4) {
          System.err.print(USAGE);
          System.exit(2);
        }
        new EmotionTrainCommand(out).run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      }
      case "train" -> {
        if (args.length < 3) {
          System.err.print(USAGE);
          System.exit(2);
        }
        List<Path> tuning = Arrays.stream(args, 3, args.length).map(Path::of).toList();
        List<Path> corpora = Arrays.stream(args[1].split(",")).map(Path::of).toList();
        new TrainCommand(out).run(corpora, Path.of(args[2]), tuning);
      }
      case "tune" -> {
        boolean target = args.length > 2 && "--target-recall".equals(args[2]);
        if (args.length < (target ? 5 : 3)) {
          System.err.print(USAGE);
          System.exit(2);
        }
        double targetRecall = target ? Double.parseDouble(args[3]) : TrainCommand.TARGET_RECALL;
        List<Path> tuning = Arrays.stream(args, target ? 4 : 2, args.length).map(Path::of).toList();
        new TuneCommand(out).run(Path.of(args[1]), tuning, targetRecall);
      }
      default -> {
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }

  /**
   * The server's combination; HAVEN_MODEL_DIR points at another trained model, "none" at rules
   * alone.
   */
  private static CombinedScreening screening(RuleFloor floor) {
    String dir = System.getenv().getOrDefault("HAVEN_MODEL_DIR", "");
    if ("none".equals(dir)) {
      return new CombinedScreening(floor, Optional.empty());
    }
    LevelModel model =
        dir.isEmpty()
            ? LevelModel.fromClassPath(HavenCli.class.getClassLoader())
            : LevelModel.fromDirectory(Path.of(dir));
    return new CombinedScreening(
        floor, Optional.of(new LearnedScreening(new SentenceEmbedder(), model)));
  }

  private static void evaluate(
      CombinedScreening screening, RuleFloor floor, String[] args, PrintStream out)
      throws IOException {
    if (args.length < 1) {
      System.err.print(USAGE);
      System.exit(2);
    }
    List<LabelledText> set = LabelledText.read(Path.of(args[0]));
    Evaluation evaluation = Evaluation.of(set, screening::assess);
    out.println(evaluation.table());
    out.println(evaluation.json());
    if (args.length == 3 && "--markdown".equals(args[1])) {
      Evaluation rulesOnly = Evaluation.of(set, floor::assess);
      var once = Slices.once(screening::assess);
      String slices =
          Slices.table("kind", set, LabelledText::kind, once)
              + "\n"
              + Slices.table("language", set, LabelledText::locale, once);
      Files.writeString(
          Path.of(args[2]),
          EvaluationReport.markdown(
              args[0], set.size(), floor.version(), rulesOnly, evaluation, slices));
    }
  }

  private static BufferedReader stdin() {
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
  }
}
