package org.haven.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.it.support.ApiClient;
import org.haven.it.support.Chromium;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

class ConsoleIT extends DeployedHaven {

  private final String admin = System.getProperty("haven.it.admin.username");
  private final String password = System.getProperty("haven.it.admin.password");
  private WebDriver browser;

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

  @Test
  void an_administrator_signs_in_and_sees_the_system_status() {
    ApiClient.newUser(baseUrl())
        .post("/api/v1/entries", "{\"content\":\"Counted, never shown here.\"}")
        .expect(201);

    browser.get(baseUrl() + "/admin/");
    StatusPage status = new LoginPage(browser).signIn(admin, password);

    assertThat(status.signedInAs()).contains(admin);
    assertThat(status.tile("database")).isEqualTo("UP");
    assertThat(status.tile("schema")).isNotBlank().isNotEqualTo("unknown");
    assertThat(Long.parseLong(status.tile("accounts").replace(",", ""))).isPositive();
    assertThat(Long.parseLong(status.tile("entries").replace(",", ""))).isPositive();
    assertThat(browser.getPageSource()).doesNotContain("Counted, never shown here.");
    Chromium.screenshot(browser, "console-status");

    LoginPage login = status.signOut();
    browser.get(baseUrl() + "/admin/");
    assertThat(new LoginPage(browser)).isNotNull();
    assertThat(login).isNotNull();
  }

  @Test
  void a_wrong_password_keeps_the_visitor_on_the_sign_in_page() {
    browser.get(baseUrl() + "/admin/");

    LoginPage login = new LoginPage(browser).signInExpectingFailure(admin, "not the password");

    assertThat(login.showsError()).isTrue();
    assertThat(browser.getCurrentUrl()).contains("/admin/login");
  }
}
