package org.haven.it.console;

import org.haven.it.support.Chromium;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A console test: a fresh headless Chromium for each test, closed after it. */
abstract class InBrowser extends DeployedHaven {

  protected WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Chromium.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
