package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void terms_are_folded_words_then_word_pairs() {
    assertThat(Lexicon.terms("I DON\u2019T want to goooo"))
        .containsExactly(
            "i", "dont", "want", "to", "goo", "i dont", "dont want", "want to", "to goo");
  }

  @Test
  void punctuation_separates_words_but_letters_of_any_script_stay_whole() {
    assertThat(Lexicon.terms("Última entrada. ¡Adiós, señor!"))
        .containsExactly(
            "última",
            "entrada",
            "adiós",
            "señor",
            "última entrada",
            "entrada adiós",
            "adiós señor");
  }

  @Test
  void keeps_terms_found_in_enough_texts_and_weighs_rare_ones_higher() {
    Lexicon lexicon = Lexicon.of(List.of("the bus was late", "the bus was full", "the sky"), 2);

    assertThat(lexicon.terms())
        .containsExactlyInAnyOrder("the", "bus", "was", "the bus", "bus was");
    float[] v = lexicon.vector("the bus");
    assertThat(v[lexicon.indexOf("bus").orElseThrow()])
        .isGreaterThan(v[lexicon.indexOf("the").orElseThrow()]);
  }

  @Test
  void a_vector_has_unit_length_and_repeats_count_sublinearly() {
    Lexicon lexicon = Lexicon.of(List.of("sad sad day", "sad day", "good day", "good"), 2);
    float[] once = lexicon.vector("sad day");
    float[] thrice = lexicon.vector("sad sad sad day");

    assertThat(norm(once)).isCloseTo(1.0, within(1e-5));
    assertThat(norm(thrice)).isCloseTo(1.0, within(1e-5));
    int sad = lexicon.indexOf("sad").orElseThrow();
    assertThat(thrice[sad]).isGreaterThan(once[sad]);
  }

  @Test
  void a_text_with_no_known_term_is_all_zeros() {
    Lexicon lexicon = Lexicon.of(List.of("a b", "a b"), 2);

    assertThat(lexicon.vector("zzz")).containsOnly(0f);
  }

  @Test
  void survives_its_json_form() {
    Lexicon lexicon = Lexicon.of(List.of("sad day", "sad night", "bad day"), 2);

    Lexicon read = Lexicon.fromJson(lexicon.toJson());

    assertThat(read.size()).isEqualTo(lexicon.size());
    assertThat(read.vector("sad day")).containsExactly(lexicon.vector("sad day"));
  }

  private static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
