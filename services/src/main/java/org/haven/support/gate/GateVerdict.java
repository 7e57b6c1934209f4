package org.haven.support.gate;

import java.util.List;
import java.util.Optional;

/**
 * What the gate decided: passed, or the name of the first check that failed ({@code
 * method-content}, {@code missing-resources}, {@code unknown-citation}, ...). {@code cited} lists
 * the passage numbers the text cites, in order of first mention.
 */
public record GateVerdict(Optional<String> failedCheck, List<Integer> cited) {

  public GateVerdict {
    cited = List.copyOf(cited);
  }

  public static GateVerdict fail(String check) {
    return new GateVerdict(Optional.of(check), List.of());
  }

  public boolean passed() {
    return failedCheck.isEmpty();
  }
}
