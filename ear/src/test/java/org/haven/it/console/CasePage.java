package org.haven.it.console;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One case in the console, worked through its buttons. */
final class CasePage {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final WebDriver driver;

  CasePage(WebDriver driver) {
    this.driver = driver;
    wait(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
  }

  String status() {
    return driver.findElement(By.id("case-status")).getText();
  }

  CasePage acknowledge() {
    return click("acknowledge", "Acknowledged");
  }

  CasePage addNote(String note) {
    type("case-text-input", note);
    click("add-note", null);
    wait(d -> history().contains("Note added"));
    return this;
  }

  CasePage resolve(String outcome) {
    choose("outcome", outcome);
    return click("resolve", "Resolved");
  }

  CasePage markFalseAlarm(String reason, String note) {
    type("case-text-input", note);
    choose("false-alarm-reason", reason);
    return click("false-alarm", "False alarm");
  }

  String entryText() {
    return wait(ExpectedConditions.presenceOfElementLocated(By.id("entry-text"))).getText();
  }

  int evidenceSpans() {
    return driver.findElements(By.cssSelector("#entry-text .evidence")).size();
  }

  String withheld() {
    return wait(ExpectedConditions.presenceOfElementLocated(By.id("entry-withheld"))).getText();
  }

  String history() {
    return driver.findElement(By.id("case-history")).getText();
  }

  /** Picks an item from a combo box as a person does: type, wait for it in the list, click it. */
  private void choose(String comboId, String item) {
    WebElement combo = driver.findElement(By.cssSelector("#" + comboId + " input"));
    combo.sendKeys(item);
    WebElement option =
        wait(
            d ->
                d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(e -> item.equals(e.getText()))
                    .findFirst()
                    .orElse(null));
    option.click();
    wait(d -> item.equals(combo.getDomProperty("value")));
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.cssSelector("#" + id + " textarea"));
    field.clear();
    field.sendKeys(text);
    // Leaving the field sends its value to the server, as a person's click on a button would.
    field.sendKeys(Keys.TAB);
  }

  private CasePage click(String id, String statusAfter) {
    // Clicked by script: an overlay that is closing (a combo box's) must not swallow the click.
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].click()", driver.findElement(By.id(id)));
    if (statusAfter != null) {
      wait(d -> statusAfter.equals(status()));
    }
    return this;
  }

  private <T> T wait(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(condition::apply);
  }
}
