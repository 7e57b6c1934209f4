package org.haven.tools;

import java.util.ArrayList;
import java.util.List;
import org.haven.crisis.model.Lexicon;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The lexical half of the crisis model: a multinomial logistic regression (Tribuo LinearSGD, log
 * loss, AdaGrad) over each text's tf-idf words and word pairs.
 */
final class LexicalFit {

  /** A term must occur in two training texts: one-off words only memorise their sentence. */
  static final int MIN_TEXTS = 2;

  static final int EPOCHS = 10;
  static final double LEARNING_RATE = 0.5;
  private static final int QUIET = Integer.MAX_VALUE;

  private LexicalFit() {}

  static Model<Label> fit(List<LabelledText> training, Lexicon lexicon, long seed) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> dataset =
        new MutableDataset<>(
            new SimpleDataSourceProvenance("haven crisis corpus, words", factory), factory);
    for (LabelledText t : training) {
      ArrayExample<Label> example = example(new Label(t.level().name()), lexicon.vector(t.text()));
      // A text with no known term ("Again.") teaches the words nothing; MiniLM still learns it.
      if (example.size() > 0) {
        dataset.add(example);
      }
    }
    if (dataset.getFeatureMap().size() != lexicon.size()) {
      throw new IllegalStateException("Every lexicon term must occur in the training texts");
    }
    return new LinearSGDTrainer(
            new LogMulticlass(), new AdaGrad(LEARNING_RATE, 1e-6), EPOCHS, QUIET, 1, seed)
        .train(dataset);
  }

  /** The non-zero weights of a text's words as one example. */
  static ArrayExample<Label> example(Label label, float[] v) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] != 0) {
        names.add(featureName(i));
        values.add((double) v[i]);
      }
    }
    return new ArrayExample<>(
        label,
        names.toArray(String[]::new),
        values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Zero-padded, so Tribuo's sorted feature order is the lexicon's own order. */
  static String featureName(int i) {
    return String.format("t%06d", i);
  }
}
