package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.haven.crisis.model.SentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;

class RbfSvmAsMatMulTest {

  private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();
  private static OnnxMl.ModelProto tribuos;
  private static float[][] embeddings;

  @BeforeAll
  static void fit_a_small_svm_and_embed_texts_it_never_saw() throws Exception {
    List<LabelledText> all = LabelledText.read(Path.of("corpus/crisis/train.jsonl"));
    SentenceEmbedder embedder = new SentenceEmbedder();
    List<LabelledText> sample =
        IntStream.range(0, all.size()).filter(i -> i % 30 == 0).mapToObj(all::get).toList();
    Model<Label> svm = TrainCommand.fitOverEmbeddings(sample, embedder);
    tribuos = ((ONNXExportable) svm).exportONNXModel("org.haven.test", 1);
    List<String> unseen =
        IntStream.range(0, all.size())
            .filter(i -> i % 30 == 7)
            .mapToObj(i -> all.get(i).text())
            .toList();
    embeddings = embedder.embedAll(unseen).toArray(float[][]::new);
  }

  @Test
  void the_rewritten_graph_gives_the_probabilities_of_tribuos_svm_node() throws Exception {
    OnnxMl.ModelProto rewritten = RbfSvmAsMatMul.rewrite(tribuos);

    float[][] expected = run(tribuos, embeddings);
    float[][] actual = run(rewritten, embeddings);

    assertThat(actual).hasSameDimensionsAs(expected);
    for (int row = 0; row < expected.length; row++) {
      for (int level = 0; level < expected[row].length; level++) {
        assertThat(actual[row][level]).isCloseTo(expected[row][level], within(1e-5f));
      }
    }
  }

  @Test
  void one_row_at_a_time_gives_what_the_batch_gives() throws Exception {
    OnnxMl.ModelProto rewritten = RbfSvmAsMatMul.rewrite(tribuos);
    float[][] batch = run(rewritten, embeddings);

    for (int row = 0; row < embeddings.length; row += 17) {
      float[] alone = run(rewritten, new float[][] {embeddings[row]})[0];
      for (int level = 0; level < alone.length; level++) {
        assertThat(alone[level]).isCloseTo(batch[row][level], within(1e-5f));
      }
    }
  }

  @Test
  void no_rbf_kernel_is_left_for_onnx_runtime_to_compute() {
    OnnxMl.ModelProto rewritten = RbfSvmAsMatMul.rewrite(tribuos);

    assertThat(rewritten.getGraph().getNodeList())
        .filteredOn(node -> node.getOpType().equals("SVMClassifier"))
        .singleElement()
        .satisfies(
            node ->
                assertThat(node.getAttributeList())
                    .filteredOn(a -> a.getName().equals("kernel_type"))
                    .singleElement()
                    .satisfies(a -> assertThat(a.getS().toStringUtf8()).isEqualTo("LINEAR")));
    assertThat(rewritten.getGraph().getNodeList())
        .extracting(OnnxMl.NodeProto::getOpType)
        .contains("MatMul", "Exp");
  }

  private static float[][] run(OnnxMl.ModelProto model, float[][] rows) throws Exception {
    FloatBuffer values = FloatBuffer.allocate(rows.length * rows[0].length);
    for (float[] row : rows) {
      values.put(row);
    }
    values.flip();
    try (OrtSession session = ENV.createSession(model.toByteArray());
        OnnxTensor input =
            OnnxTensor.createTensor(ENV, values, new long[] {rows.length, rows[0].length});
        OrtSession.Result result =
            session.run(Map.of(session.getInputNames().iterator().next(), input))) {
      return (float[][]) result.get(0).getValue();
    }
  }
}
