package org.haven.support.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.haven.job.Jobs;
import org.haven.support.Support;
import org.haven.support.llm.LlmSettings;

/**
 * Support for an entry as it is written, in the entry's own transaction: the template is stored and
 * returned at once, and when the LLM is enabled a job is queued to word it. Planning that fails
 * costs the entry its support, never the entry; crisis resources come separately from the
 * screening.
 */
@ApplicationScoped
public class SupportIntake {

  private static final Logger LOG = Logger.getLogger(SupportIntake.class.getName());

  @Inject SupportPlanner planner;

  @Inject EntrySupports supports;

  @Inject LlmSettings llm;

  @Inject Jobs jobs;

  public Optional<Support> start(
      UUID owner, UUID entry, long version, String text, SupportRequest request) {
    Support support;
    try {
      Support template =
          planner.plan(request.situation(), text, request.locale(), request.careTeam()).template();
      support = llm.enabled() ? template : template.finalTemplate("llm-disabled");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Support planning failed: {0}", e.getClass().getName());
      return Optional.empty();
    }
    supports.create(entry, version, owner, support, request);
    if (llm.enabled()) {
      jobs.enqueue(EntrySupportJob.request(owner, entry, version));
    }
    return Optional.of(support);
  }
}
