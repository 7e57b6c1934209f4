package org.haven.it.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The review queue as a clinician sees it. */
final class QueuePage {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final WebDriver driver;

  QueuePage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("queue-grid")));
  }

  LoginPage signOut() {
    driver.findElement(By.id("sign-out")).click();
    return new LoginPage(driver);
  }

  /** Waits until the case's row is in the grid, looking every 50 ms. */
  void awaitCase(String caseId, Duration within) {
    new WebDriverWait(driver, within, Duration.ofMillis(50))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("open-" + caseId)));
  }

  /** The alert's text, once it has finished appearing. */
  String alert() {
    WebElement card =
        new WebDriverWait(driver, PATIENCE)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.tagName("vaadin-notification-card")));
    new WebDriverWait(driver, PATIENCE).until(d -> card.getAttribute("opening") == null);
    return card.getText();
  }

  /** Waits for an alert that starts with the given words; returns its whole text. */
  String awaitAlert(String startingWith) {
    return new WebDriverWait(driver, PATIENCE)
        .until(
            d ->
                d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .filter(text -> text.startsWith(startingWith))
                    .findFirst()
                    .orElse(null));
  }

  WebElement countdown(String caseId) {
    return driver.findElement(By.id("countdown-" + caseId));
  }

  /** Waits until the case's clock is in the given state, e.g. OVERDUE. */
  void awaitClockState(String caseId, String state, Duration within) {
    new WebDriverWait(driver, within)
        .until(
            d ->
                state.equals(
                    d.findElement(By.id("countdown-" + caseId)).getAttribute("data-state")));
  }

  /** Whether the grid marks the case's row: its cells carry the "overdue" part. */
  boolean rowMarkedOverdue(String caseId) {
    Object marked =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const content = document.getElementById(arguments[0]).closest('vaadin-grid-cell-content');"
                    + "const cell = content.assignedSlot.parentElement;"
                    + "return (cell.getAttribute('part') || '').includes('overdue');",
                "countdown-" + caseId);
    return Boolean.TRUE.equals(marked);
  }

  CasePage open(String caseId) {
    driver.findElement(By.id("open-" + caseId)).click();
    return new CasePage(driver);
  }
}
