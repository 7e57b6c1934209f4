package org.haven.crisis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.crisis.RiskLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multilingual floor: the strongest signals in Spanish, German and French, and their limits.
 */
class MultilingualFloorTest {

  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "El sábado me tomo todas las pastillas de mi madre.             | HIGH",
        "Esta noche me tomo todas las pastillas.                        | HIGH",
        "Heute Nacht nehme ich alle meine Tabletten.                    | HIGH",
        "Heute wieder geritzt, tiefer als sonst.                        | HIGH",
        "j'ai recommencé à me scar hier soir après 4 mois               | HIGH",
        "Ce soir je ne me fais pas confiance près de la lame.           | CRITICAL",
        "No puedo salir al balcón esta noche, no confío en lo que haría. | CRITICAL",
        "Ich traue mir heute Nacht nicht über den Weg.                  | CRITICAL",
        "Er hat mich gestern wieder gewürgt.                            | HIGH",
        "Sie droht mir jeden Abend, mich umzubringen, wenn ich gehe.    | HIGH",
        "Mon copain m'a étranglée hier soir pendant une dispute.        | HIGH",
        "Il m'a frappée devant les enfants et il menace de me tuer.     | HIGH",
        "Anoche mi pareja me agarró del cuello hasta que casi no podía respirar. | HIGH",
        "Ich habe mich gestern wieder selbst verletzt, nach sechs Wochen ohne. | HIGH",
        "J'ai mis de côté mes médicaments depuis trois semaines au lieu de les prendre. | HIGH",
        "Quiero morir                                                   | MODERATE",
        "Ich will nicht mehr leben                                      | MODERATE",
        "Je veux mourir, j'ai un plan pour ce soir                      | CRITICAL",
        "Me corté otra vez anoche                                       | HIGH",
        "Ayer me volví a hacer daño                                     | HIGH",
        "Me he vuelto a cortar                                          | HIGH",
        "Gestern habe ich mich wieder selbst verletzt                   | HIGH",
        "Ich habe mich schon wieder geritzt                             | HIGH",
        "Je me suis encore fait du mal                                  | HIGH",
        "Je me suis de nouveau coupée                                   | HIGH",
        "Ich bringe mich heute Nacht um                                 | HIGH",
        "Ich denke ernsthaft daran, mich umzubringen                    | HIGH",
        "Je n'ai plus envie de vivre                                    | MODERATE",
        "Tout le monde serait mieux sans moi                            | MODERATE",
        "Me quiero suicidar                                             | HIGH",
        "Me he autolesionado otra vez                                   | HIGH",
        "Quiero tomarme todas las pastillas                             | HIGH",
        "No quiero despertar nunca más                                  | MODERATE",
        "Me hago daño cuando estoy sola                                 | HIGH",
        "Ich habe mich heute geritzt                                    | HIGH",
        "Ich will alle Tabletten nehmen                                 | HIGH",
        "Ich habe keine Lust mehr zu leben                              | MODERATE",
        "Ich bin allen nur eine Last                                    | MODERATE",
        "Ich will einfach verschwinden, für immer                       | MODERATE",
        "Je veux prendre toutes mes pilules                             | HIGH",
        "Je ne veux plus me réveiller                                   | MODERATE",
        "Je me fais du mal                                              | HIGH",
        "Je suis un fardeau pour tout le monde                          | MODERATE",
        "Je n'en peux plus, je veux que tout s'arrête                   | MODERATE",
        "Ojalá estuviera muerta                                         | MODERATE",
        "Me he quemado el brazo a propósito                             | HIGH",
        "No puedo más, quiero dejar de existir                          | MODERATE",
        "Quiero que todo termine                                        | MODERATE",
        "Ich wünschte, ich wäre nie geboren                             | MODERATE",
        "Ich habe mir den Arm aufgeschnitten                            | HIGH",
        "Ich kann nicht mehr, ich will nur noch, dass es aufhört        | MODERATE",
        "Am liebsten wäre ich tot                                       | MODERATE",
        "Ich will nicht mehr existieren                                 | MODERATE",
        "Je me scarifie depuis des mois                                 | HIGH",
        "Je ne veux plus exister                                        | MODERATE",
        "J'aimerais ne jamais être née                                  | MODERATE",
        "Je préférerais être mort                                       | MODERATE",
        "Ich denke daran, mir was anzutun.                              | HIGH",
        "Ich habe Angst, dass ich mir etwas antue.                      | HIGH",
        "Der Drang, mir etwas anzutun, ist wieder da.                   | HIGH",
        "j'ai trop envie de me foutre en l'air, c'est plus une blague   | HIGH",
        "Je vais me foutre en l'air ce soir.                            | HIGH",
      })
  void signals_reach_at_least_their_level(String text, RiskLevel expected) {
    assertThat(FLOOR.assess(text).level()).isGreaterThanOrEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Me muero de risa con esta serie.",
        "Ich bin todmüde nach der Arbeit.",
        "Je meurs de faim, vivement le dîner.",
        "Nein, ich denke nicht daran, mir was anzutun.",
        "Kein Wunsch, mir etwas anzutun. Die Woche war gut.",
        "Die Ärztin hat gefragt, ob ich Gedanken habe, mir etwas anzutun. Ehrlich nein.",
      })
  void idioms_and_denials_stay_below_moderate(String text) {
    assertThat(FLOOR.assess(text).level()).isLessThan(RiskLevel.MODERATE);
  }
}
