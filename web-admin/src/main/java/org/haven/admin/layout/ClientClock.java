package org.haven.admin.layout;

import com.vaadin.flow.dom.Element;

/**
 * Defines the {@code <haven-countdown due="…" server-now="…">} element once per page: it shows
 * "9:41 left" or "overdue 2:03" and ticks every second in the browser. Defined at run time rather
 * than bundled, since the console builds from the pre-built bundle without Node.js.
 */
public final class ClientClock {

  private static final String DEFINE =
      "if (!customElements.get('haven-countdown')) {"
          + "const fmt = s => { const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60,"
          + " r = String(s % 60).padStart(2, '0');"
          + " return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + r : m + ':' + r; };"
          + "customElements.define('haven-countdown', class extends HTMLElement {"
          + " connectedCallback() {"
          + "  this.skew = Number(this.getAttribute('server-now')) - Date.now();"
          + "  this.tick(); this.timer = setInterval(() => this.tick(), 1000); }"
          + " disconnectedCallback() { clearInterval(this.timer); }"
          + " tick() {"
          + "  const due = Number(this.getAttribute('due'));"
          + "  const left = Math.round((due - Date.now() - this.skew) / 1000);"
          + "  this.textContent = left >= 0 ? fmt(left) + ' left' : 'overdue ' + fmt(-left); }"
          + "});}";

  private ClientClock() {}

  public static void defineIn(Element page) {
    page.executeJs(DEFINE);
  }
}
