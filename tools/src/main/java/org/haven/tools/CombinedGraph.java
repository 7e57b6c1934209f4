package org.haven.tools;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.Lexicon;
import org.haven.crisis.model.SentenceEmbedder;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXNode;
import org.tribuo.util.onnx.ONNXOperators;

/**
 * One ONNX graph for both halves of the crisis model: the support vector machine over the sentence
 * embedding and the logistic regression over its words, their probabilities averaged with a fixed
 * weight. The lexicon travels in the graph's metadata, so one checksum covers all of it. The
 * support vector machine's kernel is written as matrix products ({@link RbfSvmAsMatMul}), which
 * ONNX Runtime computes about ten times faster than its own SVM node.
 */
final class CombinedGraph {

  private CombinedGraph() {}

  static byte[] build(
      Model<Label> overEmbedding, Model<Label> overWords, Lexicon lexicon, double wordsWeight) {
    List<String> labels = labelOrder(overEmbedding);
    if (!labels.equals(labelOrder(overWords))) {
      throw new IllegalStateException("The two halves must order their labels alike");
    }
    ONNXContext context = new ONNXContext();
    ONNXNode embeddingScores =
        ((ONNXExportable) overEmbedding)
            .writeONNXGraph(context.floatInput(LevelModel.EMBEDDING, SentenceEmbedder.DIMENSIONS));
    ONNXNode wordScores =
        ((ONNXExportable) overWords)
            .writeONNXGraph(context.floatInput(LevelModel.TERMS, lexicon.size()));
    embeddingScores
        .apply(ONNXOperators.MUL, context.constant("embedding_weight", (float) (1 - wordsWeight)))
        .apply(
            ONNXOperators.ADD,
            wordScores.apply(
                ONNXOperators.MUL, context.constant("words_weight", (float) wordsWeight)))
        .assignTo(context.floatOutput("scores", labels.size()));
    OnnxMl.ModelProto model =
        RbfSvmAsMatMul.rewrite(
            ONNXExportable.buildModel(context, "org.haven.crisis", 1, overEmbedding));
    return model.toBuilder()
        .addMetadataProps(
            OnnxMl.StringStringEntryProto.newBuilder()
                .setKey(Lexicon.METADATA_KEY)
                .setValue(lexicon.toJson()))
        .build()
        .toByteArray();
  }

  static List<String> labelOrder(Model<Label> model) {
    List<String> labels = new ArrayList<>();
    for (int id = 0; id < model.getOutputIDInfo().size(); id++) {
      labels.add(model.getOutputIDInfo().getOutput(id).getLabel());
    }
    return labels;
  }
}
