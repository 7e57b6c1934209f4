package org.haven.it.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The models view: registered versions and their model cards. */
final class ModelsPage {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final WebDriver driver;

  ModelsPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("models-grid")));
  }

  /** How many versions the grid lists. */
  long rows() {
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('models-grid').size"))
        .longValue();
  }
}
