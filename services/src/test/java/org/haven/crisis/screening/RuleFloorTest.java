package org.haven.crisis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.crisis.Assessment;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.Evidence;
import org.haven.crisis.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleFloorTest {

  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I wish I was dead.                                            | MODERATE",
        "i just want to sleep and never wake up                        | MODERATE",
        "Everyone would be better off without me.                      | MODERATE",
        "I don't want to live anymore                                   | MODERATE",
        "I want to kill myself                                          | HIGH",
        "kms                                                            | HIGH",
        "i'm going to unalive myself                                    | HIGH",
        "posting a goodbye at midnight then i'm unaliving               | HIGH",
        "took like all my meds 10 min ago lmao feel so weird            | CRITICAL",
        "Took everything I had twenty minutes ago. Getting sleepy.      | CRITICAL",
        "Took everything in the cabinet about twenty minutes ago.       | CRITICAL",
        "Took too much on purpose after he left, maybe an hour ago.     | CRITICAL",
        "Just injected way more than usual. Lips going numb.            | HIGH",
        "Taking every one of my tablets tonight.                        | HIGH",
        "He's outside the door screaming he'll kill me.                 | HIGH",
        "He's outside the door screaming he'll kill me. Locked in the bathroom. | CRITICAL",
        "He hits me. He's trying to get in right now.                   | CRITICAL",
        "Not safe with myself tonight.                                  | CRITICAL",
        "I'm not safe right now. What I need is in front of me.         | CRITICAL",
        "can't promise myself i'll be here in the morning               | CRITICAL",
        "I don't think I get to the morning.                            | HIGH",
        "vendredi soir je prends tous mes cachets                       | HIGH",
        "Les voix m'ordonnent de le faire ce soir.                      | HIGH",
        "Cut tonight, worse than usual. Needed steri-strips.            | HIGH",
        "cut tonight for the first time since march.                    | HIGH",
        "i don't feel safe with myself right now.                       | CRITICAL",
        "Please someone come over. I can't be trusted with my meds tonight. | CRITICAL",
        "I don't think I can keep myself safe.                          | CRITICAL",
        "Can't go out on the balcony tonight. I don't trust what I'd do. | CRITICAL",
        "He threw a plate at my head tonight. Kids upstairs.            | HIGH",
        "Dad grabbed me by the collar and slammed me into the door frame. | HIGH",
        "He pinned me down by the throat and said next time he won't stop. | HIGH",
        "Mein Freund hat mich geschlagen, weil das Essen kalt war.       | HIGH",
        "I want to really hurt my stepdad. It used to be a fantasy.     | HIGH",
        "I have a weapon and I'm going to hurt someone at the party tonight. | CRITICAL",
        "I want to hurt my manager. Not in a daydream way anymore.      | HIGH",
        "I keep fantasising about hurting the bloke from the debt collectors. | HIGH",
        "Took way over my prescribed dose to get through work.          | HIGH",
        "Took more of my prescription than I'm supposed to again.       | HIGH",
        "Been taking more of my sleeping tablets than I'm supposed to.  | HIGH",
        "Been putting a few of my tablets aside each week instead of taking them. | HIGH",
        "Stopped taking my meds but kept collecting them.               | HIGH",
        "Skipping doses on purpose so I have a reserve.                 | HIGH",
        "Spent lunch reading about ways to do it and which ones hurt less. | HIGH",
        "Nachts wieder gegoogelt, welche Tabletten und wie viele.       | HIGH",
        "Doing it on the 3rd. Tablets saved and ready.                  | HIGH",
        "There's a stash of pills at the back of my wardrobe that nobody knows about. | HIGH",
        "Hiding my prescriptions. I'm saving them up for the day I decide. | HIGH",
        "posting a lil goodbye on my story then i'm unaliving           | HIGH",
        "im gonna unalive tonight                                       | HIGH",
        "i am unaliving.                                                | HIGH",
        "ready to unalive, got the stuff                                | HIGH",
        "I keep thinking about sewerslide                               | HIGH",
        "I want to k1ll mys3lf                                          | HIGH",
        "I wanna dieeeee                                                | MODERATE",
        "This is my last entry.                                         | HIGH",
        "I've been giving away my things to friends                     | HIGH",
        "I've been saving up my pills for a while now                   | HIGH",
        "I wrote goodbye letters to my family                           | HIGH",
        "I cut myself again last night                                  | HIGH",
        "I want to kill myself tonight                                  | CRITICAL",
        "I have a plan and I want to end my life                        | CRITICAL",
        "I don't trust myself to stay safe tonight                       | CRITICAL",
        "I took all my pills                                            | CRITICAL",
        "The voices are telling me to hurt myself                       | CRITICAL",
        "My husband hits me and I am scared to go home                  | HIGH",
        "I want to hurt my roommate                                     | HIGH",
        "Prefiero estar muerto                                          | MODERATE",
        "Insurance, will, a letter each. Saturday morning, before the kids' match. | HIGH",
        "Passwords and my will, all done. Nothing left to sort.          | HIGH",
        "He keeps hurting me and I can't leave.                         | HIGH",
        "My stepdad is hurting me again.                                | HIGH",
        "Strangely calm since I made up my mind. Sunday, once they've gone. | CRITICAL",
        "Everything feels lighter now that I've decided.                | HIGH",
        "i feel at peace since i decided                                | HIGH",
        "Drinking alone every night till I can't stand up.              | HIGH",
        "Woke up on the kitchen floor again with no memory of the night. | HIGH",
        "The image of hitting my brother keeps flashing into my head.   | MODERATE",
        "I keep getting intrusive thoughts of hurting my baby.          | MODERATE",
        "Done trying to get better. Nothing touches it.                 | MODERATE",
      })
  void signals_reach_at_least_their_level(String text, RiskLevel expected) {
    assertThat(FLOOR.assess(text).level()).isGreaterThanOrEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This commute is killing me.",
        "I'm dead tired after the gym.",
        "My phone died in the middle of the call.",
        "Killing it at the gym today!",
        "I'm killing it at work this week.",
        "The heat is killing me, I'm going to kill time at the pool.",
        "We're gonna kill the boss tonight in the raid.",
        "I'm dying to see that show.",
        "This exam will be the death of me.",
        "I could murder a pizza right now.",
        "I am not suicidal, just tired.",
        "I would never kill myself.",
        "My character in the novel wants to die at the end.",
        "Two years ago I tried to kill myself, and today I'm doing well.",
        "I used to cut myself but I haven't in a long time.",
        "The song goes 'I want to die' and it's stuck in my head.",
        "In my story the narrator wants to kill himself at the end.",
        "Had a lovely walk by the river with my sister.",
        "I almost died laughing at that video.",
        "My back is hurting me after the deadlifts.",
        "The insurance will cover the new boiler.",
        "Done trying to get the printer to work, calling IT tomorrow.",
        "The image of the sunset keeps flashing into my head.",
        "We did a workshop on intrusive thoughts of harming others at the clinic.",
        "I feel so calm since I decided to quit my job.",
        "Much lighter since I made the decision to move home.",
        "So relieved since I decided on the blue tiles.",
        "At peace since I decided that the wedding can be small.",
      })
  void benign_traps_stay_below_moderate(String text) {
    assertThat(FLOOR.assess(text).level()).isLessThan(RiskLevel.MODERATE);
  }

  @Test
  void someone_elses_wish_to_die_is_concern_not_self_risk() {
    Assessment a = FLOOR.assess("My friend told me she wants to die.");

    assertThat(a.level()).isLessThanOrEqualTo(RiskLevel.LOW);
  }

  @Test
  void being_made_to_feel_it_by_someone_else_is_still_the_writers_own_risk() {
    assertThat(FLOOR.assess("She makes me want to die.").level())
        .isGreaterThanOrEqualTo(RiskLevel.MODERATE);
  }

  @Test
  void a_typographic_apostrophe_reads_like_a_plain_one() {
    assertThat(FLOOR.assess("I don’t want to live anymore").level()).isEqualTo(RiskLevel.MODERATE);
    assertThat(FLOOR.assess("I can’t keep myself safe").level()).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void evidence_points_at_the_words_in_the_original_text() {
    String text = "Long day at work. I want to kill myself tonight, honestly.";

    Evidence first = FLOOR.assess(text).findings().get(0).evidence().get(0);

    assertThat(text.substring(first.start(), first.end())).isEqualTo("kill myself");
  }

  @Test
  void evidence_survives_normalisation_that_changes_length() {
    String text = "ok so.... i want to dieeeee tbh";

    Evidence e = FLOOR.assess(text).findings().get(0).evidence().get(0);

    assertThat(text.substring(e.start(), e.end())).isEqualTo("want to dieeeee");
  }

  @Test
  void a_plan_stays_critical_even_with_protective_factors() {
    Assessment a =
        FLOOR.assess("I have a plan to end my life tomorrow, even though my kids need me.");

    assertThat(a.level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(a.protectiveFactors()).isNotEmpty();
  }

  @Test
  void a_time_word_alone_raises_nothing() {
    assertThat(FLOOR.assess("Tomorrow I have an exam and tonight I'll study.").level())
        .isEqualTo(RiskLevel.NONE);
  }

  @Test
  void the_assessment_names_the_rule_book_and_rules_that_decided() {
    Assessment a = FLOOR.assess("I want to kill myself");

    assertThat(a.decidedBy()).first().asString().startsWith("rulebook:");
    assertThat(a.decidedBy()).anyMatch(id -> id.startsWith("en.si."));
    assertThat(a.categories()).contains(CrisisCategory.SUICIDAL_IDEATION);
  }
}
