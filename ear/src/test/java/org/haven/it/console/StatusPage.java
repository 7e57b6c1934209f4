package org.haven.it.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system status view a clinician lands on after signing in. */
final class StatusPage {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final WebDriver driver;

  StatusPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("status-database")));
  }

  String tile(String name) {
    return driver.findElement(By.id("status-" + name)).getText();
  }

  String signedInAs() {
    return driver.findElement(By.id("signed-in-as")).getText();
  }

  LoginPage signOut() {
    driver.findElement(By.id("sign-out")).click();
    return new LoginPage(driver);
  }
}
