package org.haven.support.retrieval;

import java.nio.charset.StandardCharsets;
import org.haven.platform.crypto.Sha256;
import org.haven.support.knowledge.Passage;
import org.haven.support.knowledge.PassageJson;

/** What a passage says, as one hash: equal passages are stored once and embedded once. */
public final class PassageHash {

  private PassageHash() {}

  public static String of(Passage p) {
    String canonical =
        String.join(
            "\u0000",
            p.title(),
            p.domain().name(),
            PassageJson.array(p.techniques()).toString(),
            p.evidence().name(),
            PassageJson.array(p.contraindications().stream().sorted().toList()).toString(),
            p.text(),
            PassageJson.citationArray(p.citations()).toString(),
            PassageJson.array(p.situations()).toString());
    return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
  }
}
