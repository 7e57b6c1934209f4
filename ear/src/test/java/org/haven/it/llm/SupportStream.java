package org.haven.it.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads a server-sent-event stream the way a browser's EventSource would, until it ends. */
final class SupportStream {

  private SupportStream() {}

  record Event(String name, String data) {}

  static List<Event> follow(String base, String token, String entryId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/entries/" + entryId + "/support/stream"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    HttpResponse<java.util.stream.Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    List<Event> events = new ArrayList<>();
    String name = "message";
    StringBuilder data = new StringBuilder();
    Iterator<String> lines = response.body().iterator();
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.isEmpty()) {
        if (data.length() > 0 || !"message".equals(name)) {
          events.add(new Event(name, data.toString()));
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
      }
    }
    return events;
  }
}
