package org.haven.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Vaadin and its push library log through SLF4J: what they log must reach the server's logs. */
class VaadinLoggingTest {

  @Test
  void slf4j_logging_reaches_java_util_logging() {
    List<LogRecord> seen = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            seen.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger jul = Logger.getLogger("com.vaadin.flow.server.test");
    jul.addHandler(capture);
    try {
      LoggerFactory.getLogger("com.vaadin.flow.server.test").warn("push connection lost");
    } finally {
      jul.removeHandler(capture);
    }
    assertThat(seen).extracting(LogRecord::getMessage).containsExactly("push connection lost");
  }
}
