package org.haven.it.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's sign-in page, as a clinician uses it. */
final class LoginPage {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final WebDriver driver;

  LoginPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, PATIENCE)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#vaadinLoginUsername input")));
  }

  /** Signs in; the console opens on the review queue. */
  QueuePage signIn(String username, String password) {
    type("#vaadinLoginUsername input", username);
    type("#vaadinLoginPassword input", password);
    driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    return new QueuePage(driver);
  }

  LoginPage signInExpectingFailure(String username, String password) {
    type("#vaadinLoginUsername input", username);
    type("#vaadinLoginPassword input", password);
    driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    new WebDriverWait(driver, PATIENCE)
        .until(
            d -> d.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error") != null);
    return this;
  }

  boolean showsError() {
    return driver.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error") != null;
  }

  private void type(String css, String text) {
    WebElement field = driver.findElement(By.cssSelector(css));
    field.clear();
    field.sendKeys(text);
  }
}
