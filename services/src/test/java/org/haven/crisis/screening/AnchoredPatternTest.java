package org.haven.crisis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnchoredPatternTest {

  private static final RuleBook BOOK =
      new RuleBookLoader(AnchoredPatternTest.class.getClassLoader()).load();
  private static final TextNormaliser NORMALISER = new TextNormaliser(BOOK.slang());

  @Test
  void anchored_matching_finds_exactly_what_scanning_every_position_finds() throws IOException {
    List<AnchoredPattern> patterns = new ArrayList<>();
    BOOK.signals().forEach(r -> patterns.add(r.pattern()));
    BOOK.escalations().forEach(r -> patterns.add(r.pattern()));
    patterns.add(BOOK.cues().idioms());
    patterns.add(BOOK.cues().fiction());
    patterns.add(BOOK.cues().past());
    patterns.add(BOOK.cues().protective());
    List<String> texts = corpusTexts();

    int compared = 0;
    for (String original : texts) {
      String text = NORMALISER.normalise(original).text();
      var starts = new AnchoredPattern.WordStarts(text);
      for (AnchoredPattern p : patterns) {
        assertThat(asText(p.findAll(text, starts)))
            .as("%s on %s", p.pattern(), text)
            .isEqualTo(asText(scanned(p, text)));
        compared++;
      }
    }
    assertThat(texts).hasSizeGreaterThan(1_500);
    assertThat(compared).isGreaterThan(50_000);
  }

  @Test
  void every_pattern_of_the_rule_book_is_anchored_so_screening_stays_fast() {
    for (String file : new String[] {"en", "es", "de", "fr"}) {
      var book =
          Json.createReader(
                  AnchoredPatternTest.class
                      .getClassLoader()
                      .getResourceAsStream("crisis/rules/" + file + ".json"))
              .readObject();
      List<String> patterns = new ArrayList<>();
      book.getJsonArray("signals")
          .forEach(
              r ->
                  r.asJsonObject()
                      .getJsonArray("patterns")
                      .forEach(p -> patterns.add(((jakarta.json.JsonString) p).getString())));
      book.getJsonArray("escalations")
          .forEach(
              r ->
                  r.asJsonObject()
                      .getJsonArray("patterns")
                      .forEach(p -> patterns.add(((jakarta.json.JsonString) p).getString())));
      for (String kind : new String[] {"idioms", "fiction", "past", "protective"}) {
        book.getJsonObject("context")
            .getJsonArray(kind)
            .forEach(p -> patterns.add(((jakarta.json.JsonString) p).getString()));
      }
      assertThat(patterns).allSatisfy(p -> assertThat(Anchors.of(p)).as(p).isPresent());
    }
  }

  @Test
  void patterns_that_do_not_start_with_a_plain_word_have_no_anchors() {
    assertThat(Anchors.of("\\b(?:want|wanna) to die\\b")).hasValue(List.of("want", "wanna"));
    assertThat(Anchors.of("\\bvoices? telling")).hasValue(List.of("voice"));
    assertThat(Anchors.of("\\b(?:\\d+|two) years"))
        .hasValueSatisfying(a -> assertThat(a).contains("7", "two"));
    assertThat(Anchors.of("\\b(?:will|'ll) kill")).isEmpty();
    assertThat(Anchors.of("\\b(?:the )?voices")).isEmpty();
    assertThat(Anchors.of("(?:no) hope")).isEmpty();
  }

  @Test
  void a_pattern_of_several_branches_is_anchored_by_every_branch() {
    assertThat(Anchors.of("\\boverdose kit\\b|\\bnaloxone\\b|\\b(?:narcan|nalox)\\b"))
        .hasValue(List.of("overdose kit", "naloxone", "narcan", "nalox"));
    assertThat(Anchors.of("\\bnaloxone\\b|(?:the )?kit")).isEmpty();
  }

  private static List<String> asText(List<int[]> spans) {
    return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
  }

  private static List<int[]> scanned(AnchoredPattern p, String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = p.pattern().matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }

  private static List<String> corpusTexts() throws IOException {
    Path corpus = Path.of("../tools/corpus/crisis");
    List<String> texts = new ArrayList<>();
    for (String file :
        new String[] {
          "train.jsonl",
          "train-next.jsonl",
          "dev.jsonl",
          "dev2.jsonl",
          "dev3.jsonl",
          "dev4.jsonl",
          "dev5.jsonl",
          "dev6.jsonl",
          "dev7.jsonl",
          "dev8.jsonl",
          "eval.jsonl"
        }) {
      try (Stream<String> lines = Files.lines(corpus.resolve(file))) {
        lines
            .filter(l -> !l.isBlank())
            .map(l -> Json.createReader(new StringReader(l)).readObject().getString("text"))
            .forEach(texts::add);
      }
    }
    return texts;
  }
}
