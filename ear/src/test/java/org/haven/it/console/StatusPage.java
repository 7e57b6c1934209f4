package org.haven.it.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  boolean canVerifyAuditChain() {
    return driver.findElement(By.id("verify-audit-chain")).getDomAttribute("disabled") == null;
  }

  void verifyAuditChain() {
    var button = driver.findElement(By.id("verify-audit-chain"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", button);
    button.click();
    new WebDriverWait(driver, PATIENCE).until(d -> !text("audit-chain").startsWith("not checked"));
  }

  /** How many bars a chart draws, or -1 when the browser did not take it for an SVG drawing. */
  long bars(String chartId) {
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const chart = document.getElementById(arguments[0]);"
                        + "return chart instanceof SVGSVGElement"
                        + " ? chart.querySelectorAll('rect').length : -1;",
                    chartId))
        .longValue();
  }

  String signedInAs() {
    return driver.findElement(By.id("signed-in-as")).getText();
  }

  LoginPage signOut() {
    driver.findElement(By.id("sign-out")).click();
    return new LoginPage(driver);
  }
}
