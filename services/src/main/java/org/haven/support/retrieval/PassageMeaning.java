package org.haven.support.retrieval;

import java.util.ArrayList;
import java.util.List;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.support.knowledge.Passage;

/**
 * What a passage is searched by: the meaning of its title and text together, then the meaning of
 * each of its situations. An entry is as near to the passage as to the nearest of these.
 */
public final class PassageMeaning {

  private PassageMeaning() {}

  public static List<float[]> of(Passage passage, SentenceEmbedder embedder) {
    List<float[]> vectors = new ArrayList<>();
    vectors.add(TextMeaning.of(passage.title() + ". " + passage.text(), embedder));
    if (!passage.situations().isEmpty()) {
      embedder.embedAll(passage.situations()).forEach(v -> vectors.add(TextMeaning.normalised(v)));
    }
    return vectors;
  }
}
