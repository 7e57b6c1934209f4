package org.haven.crisis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.crisis.Evidence;
import org.haven.crisis.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Context that explains a risk word away, and the limits that keep it from hiding real risk. */
class RuleContextTest {

  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "No thoughts of hurting myself this week, the new meds are working.",
        "Zero self harm since the spring. Feeling steady.",
        "I haven't had any thoughts of ending my life, just a lot of work stress.",
        "Ran a 10k for a suicide prevention charity today.",
        "Our nursing module this term covers self harm and how to talk about it.",
        "Three months since I last cut. Celebrated with pancakes.",
        "Haven't self harmed in two years and I barely think about it now.",
        "Took my old winter coats to the charity shop and gave away my skis too.",
        "Wrote my will now that the twins are here, the solicitor made it easy.",
        "Said goodbye to my colleagues today, last day at the bakery before the move.",
        "Tried a new board game and my nephew beat me at it four times.",
        "We killed ourselves laughing at the wedding speeches.",
        "Overdosed on Christmas films all weekend, no regrets.",
        "Sorted my pills into the new weekly organiser the nurse gave me.",
        "Got absolutely murdered at chess by my niece again.",
        "My friend told me she wants to end it all. I have a plan to visit her on Saturday.",
        "In my screenplay the nurse doesn't want to live anymore until the storm scene.",
        "That summer I was in rehab after an overdose. This summer I coach the under-tens.",
        "Final page of this diary tonight, this is my last entry, the notebook is full!",
        "This is my last week: switching teams on Monday and the new desk has a window.",
        "Won't be here much longer at this desk, flying out to the conference on Sunday.",
        "Rotating the KMS keys in the AWS console took all afternoon.",
        "Updated my will this week since we bought a house in May.",
        "No estaba pensando en matarme, solo necesitaba dormir.",
        "Mi trabajo me va a matar con tantas horas extra esta semana.",
        "Lernzettel für die Vorlesung geschrieben: Suizid bei Jugendlichen, Risikofaktoren und Hilfen.",
        "La chanson dit « je veux mourir » et le refrain ne me quitte pas.",
        "Cycled 30 kms to the coast and back, knees are not amused.",
        "The KMS server stopped handing out licences after the update.",
        "Sold my SH mountain bike, the buyer haggled for twenty minutes.",
        "My new OD pedal makes the old amp sound twice its size.",
        "Said goodbye to the house I grew up in; Mum sold it last month.",
        "The anniversary of the year I tried to end my life came round today, and I made pancakes.",
        "Psych 101 notes: warning signs of suicide, then the safety planning steps.",
        "Revision notes. Warning signs = saying goodbye, giving things away, a sudden calm.",
        "The nurse asked whether I'd had any thoughts of hurting myself. No, none.",
        "New GP form today. Any thoughts of self-harm? No. Just a sore shoulder.",
        "Cette réunion va me tuer, elle dure depuis trois heures.",
        "Mein Chef bringt mich um, wenn er die Zahlen sieht.",
        "Ich bring mich nicht um, keine Sorge, ich bin nur müde vom Umzug.",
        "Me hago daño en la rodilla cada vez que corro cuesta abajo.",
        "Ich muss alle Tabletten nehmen, die mir der Arzt nach der OP verschrieben hat.",
        "Je me fais mal au dos à force de porter les cartons du déménagement.",
        "Je dois prendre tous mes médicaments le matin avant le café.",
        "Die Dinosaurier, die nicht mehr existieren, faszinieren meinen Sohn.",
        "Ich will, dass es aufhört zu regnen, bevor wir grillen.",
        "Quiero que esta reunión termine ya, llevo tres horas aquí.",
        "Me quemé la mano con la sartén preparando la cena.",
        "I burned myself on the oven tray making dinner, ice and a plaster.",
        "Je me suis brûlé la main en cuisinant, rien de grave.",
        "It hit me hard today how much I miss Dad.",
        "My brother yelled “I'll kill him” at the telly when the keeper fumbled.",
        "KMS = key management service; rotated every key before lunch.",
        "Gave a talk to the new volunteers about my overdose in 2018.",
        "Writing my novel. The narrator says \"I want to kill myself\" in chapter two.",
        "For my psychology essay: I want to die is a phrase we learn to listen for.",
        "Philo : Camus, « il n'y a qu'un problème philosophique sérieux : le suicide ». Dissert demain.",
        "Book club read a novel where the mother wants to die. I found it beautiful.",
        "Took all my meds this morning like a good boy, then a walk.",
        "Took like all my meds this morning, then the school run.",
        "I'm not safe to drive tonight after two beers, so I'm getting a taxi.",
        "Me tomo todas las pastillas que me recetó el médico cada mañana.",
        "Je prends tous mes médicaments le matin avec le café.",
        "Morgens nehme ich alle meine Tabletten mit dem Frühstück.",
        "Power cut last night for the first time in a year, candles everywhere.",
        "Got my hair cut today, first time since March.",
        "Almost cut tonight for the first time in months. Went to bed instead.",
        "In Stein geritzt: die Namen der Gefallenen am Denkmal.",
        "Er hat mich beim Schach geschlagen, schon wieder.",
        "Ce qui m'a frappée, c'est le silence dans la salle.",
        "Threw a ball at my head in dodgeball and I laughed it off.",
        "I don't trust what I'd do with a whole cake in the house.",
        "I want to hurt my manager's feelings less, so I rewrote the email.",
        "Fantasising about beating my brother at Mario Kart this weekend.",
        "I want to beat my sister at chess for once.",
        "I don't want to hurt my brother's feelings, so I said nothing.",
        "Skipping doses of coffee on purpose so I sleep better.",
        "Looked up ways to do it on YouTube and fixed the tap myself.",
        "Kept the antibiotics in the fridge instead of taking them on holiday, oops.",
        "Found a stash of pills from Dad's old prescriptions and took them to the pharmacy.",
        "Saving them up for the day we finally go to Japan, the coins jar is nearly full.",
        "Can't promise I'll be here on time tomorrow, the trains are on strike.",
        "I don't think I get to the morning meeting in time, the bus is late.",
        "It took everything I had not to cry in the meeting twenty minutes ago.",
        "Took everything in the cabinet out and scrubbed the shelves.",
        "The commute took way more than usual because of the snow.",
        "Took the dog out twenty minutes ago and it's still pouring.",
        "The GP said to keep taking all the tablets until the course is finished.",
        "Wrote out all my passwords for my wife before the knee surgery. Routine, they say.",
        "Made a folder of our logins for Sam before his deployment, like the army asks.",
        "Put all my passwords into a password manager after the phishing scare.",
        "Said goodbye to everyone at the club since we're moving south in March.",
        "zero thoughts of self harm this week, the tracker says so.",
        "monthly check-in form. thoughts of death? no. self-harm? no.",
        "No tengo ganas de morirme ni de hacerme daño, solo estoy cansado.",
        "Wrote a goodbye letter to each of my students for the end of term.",
        "OD green or coyote brown for the field jacket? Went with OD.",
        "Dad joked that the new tax rules are going to kill him.",
        "Band practice: the chorus goes 'let me sleep and never wake' and the drummer rushes it.",
        "Je n'ai aucune envie de mourir, je le note pour ma mère.",
        "Je n'ai pas envie de mourir, juste de dormir une semaine.",
        "Gave away most of my books this week. The flat in Lisbon comes furnished.",
      })
  void everyday_context_keeps_risk_words_below_moderate(String text) {
    assertThat(FLOOR.assess(text).level()).isLessThan(RiskLevel.MODERATE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "No point anymore i want to die                                     | MODERATE",
        "I see no way out, I want to kill myself                            | HIGH",
        "I cut again last night after four months clean                      | HIGH",
        "Gave away my records to my niece. I'm doing it on Saturday night    | CRITICAL",
        "I've done the research and I have what I need for tonight           | CRITICAL",
        "No es que quiera morir, pero me corté otra vez anoche               | HIGH",
        "I overdosed on purpose this evening and feel strange                | HIGH",
        "Notes written, tablets counted. Friday after work.                  | HIGH",
        "I won't see the morning. I'm sorry.                                 | HIGH",
        "Took loads of tablets with wine again tonight                       | HIGH",
        "I'd be lying if I said I didn't want to be dead                     | MODERATE",
        "I want to kill myself on the anniversary of the crash               | HIGH",
        "I hate that this will hurt her, but I've got the means and a date   | HIGH",
        "I don't want to be alive anymore, not after last winter             | MODERATE",
        "My therapist asked and I said I don't want to live. It's true.      | MODERATE",
        "This is my last entry. Thank you for listening all these years      | HIGH",
        "I won't be around much longer and nobody will notice                | MODERATE",
        "Estoy agotada y estoy pensando en matarme                           | HIGH",
        "Mi pareja me va a matar si se entera, ya me pegó ayer               | HIGH",
        "Ich will nicht mehr leben, auch wenn ich für die Prüfung lerne      | MODERATE",
        "Je veux mourir, je ne supporte plus rien                            | MODERATE",
        "kms. i mean it this time                                            | HIGH",
        "I said my goodbyes to everyone at dinner and they don't know why    | HIGH",
        "I relapsed on sh last night after two months                        | HIGH",
        "She asked if I'd thought about ending my life. I said yes, every day | HIGH",
        "The nurse asked whether I want to die. No one has asked me before    | MODERATE",
        "Asking about suicide helps, they say. I am suicidal and scared      | HIGH",
        "It hit me again last night: he hit me in front of the kids          | HIGH",
        "I overdosed in 2019 and I overdosed again last night                | HIGH",
        "I burned myself on the stove on purpose again                      | HIGH",
        "Me quemé la mano con la plancha a propósito                         | HIGH",
        "Failed my homework again. I want to kill myself.                   | HIGH",
        "Psych lecture ran late again, I want to kill myself                | HIGH",
        "Encore une dissert de philo ratée. Je veux me suicider.             | HIGH",
        "Otra vez suspendí el curso. Me quiero suicidar.                     | HIGH",
        "Wrote down every password and login for my brother, for later.      | HIGH",
        "Left the passwords where Mum will find them. Just in case.          | HIGH",
        "Left my passwords for my sister before the surgery. I have what I need for tonight. | CRITICAL",
        "I'm moving on. Said goodbye to everyone last night.                | HIGH",
        "Thoughts of ending it? No, not thoughts any more. I want to end it. | HIGH",
        "Ni de broma estoy bien: quiero morirme.                             | MODERATE",
        "zero thoughts of anything but self harm today.                      | HIGH",
        "Wrote a goodbye letter to each of my kids. Nobody needs to know yet. | HIGH",
        "Gave away most of my books this week. Won't need them where I'm going. | HIGH",
        "The pills are going to kill me tonight, I took them all.            | CRITICAL",
        "Je n'ai plus envie de vivre.                                        | MODERATE",
      })
  void context_does_not_hide_current_risk(String text, RiskLevel expected) {
    assertThat(FLOOR.assess(text).level()).isGreaterThanOrEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "This commute is killing me.                   | benign-context",
        "I used to cut myself but I haven't in years.   | benign-context",
        "I am not suicidal, just tired.                 | benign-context:denial",
        "Two years ago we moved to Leeds.               | benign-context:cue",
      })
  void benign_context_says_how_the_rules_read_it(String text, String source) {
    assertThat(FLOOR.screen(text).benignContext()).extracting(Evidence::source).contains(source);
  }

  @Test
  void abuse_long_past_is_not_danger_now() {
    assertThat(
            FLOOR.assess("My ex used to hit me. I locked the door tonight and slept fine.").level())
        .isLessThan(RiskLevel.CRITICAL);
    assertThat(FLOOR.assess("He hit me last month. I'm at my sister's right now and safe.").level())
        .isLessThan(RiskLevel.CRITICAL);
  }

  @Test
  void a_day_already_past_does_not_make_a_wish_to_die_critical() {
    String text = "Je n'ai plus envie de vivre, ça tourne dans ma tête depuis lundi";

    assertThat(FLOOR.assess(text).level()).isEqualTo(RiskLevel.MODERATE);
  }
}
