package org.haven.admin.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import org.haven.admin.layout.Grids;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditChainCheck;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditVerification;
import org.haven.clinician.ClinicianRole;
import org.haven.clinician.control.StaffSignIn;
import org.haven.crisis.review.Staff;
import org.haven.job.JobQueries.QueueDepth;
import org.haven.job.Jobs;
import org.haven.platform.cache.CacheContainer;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.CacheStatistics;
import org.haven.support.llm.LlmHealth;

/**
 * Outbound dependencies and background work: the LLM's circuit, caches, job queues, audit chain.
 */
@ApplicationScoped
public class HealthSection {

  @Inject LlmHealth llm;

  @Inject CacheContainer caches;

  @Inject Jobs jobs;

  @Inject AuditChainCheck auditChain;

  @Inject AuditLog audit;

  @Inject StaffSignIn staffNames;

  Component render(Staff me) {
    Paragraph llmState = new Paragraph(llmLine());
    llmState.setId("dependency-llm");
    Grid<CacheRow> cacheGrid = Grids.compact("cache-statistics", CacheRow.class);
    cacheGrid.addColumn(CacheRow::name).setHeader("Cache");
    cacheGrid.addColumn(r -> r.statistics().entries()).setHeader("Entries");
    cacheGrid.addColumn(r -> r.statistics().hits()).setHeader("Hits");
    cacheGrid.addColumn(r -> r.statistics().misses()).setHeader("Misses");
    cacheGrid.addColumn(r -> r.statistics().evictions()).setHeader("Evictions");
    cacheGrid.setItems(
        Arrays.stream(CacheName.values())
            .map(name -> new CacheRow(name.cacheName(), caches.statistics(name)))
            .toList());
    Grid<QueueDepth> jobGrid = Grids.compact("job-depth", QueueDepth.class);
    jobGrid.addColumn(QueueDepth::priority).setHeader("Priority");
    jobGrid.addColumn(QueueDepth::ready).setHeader("Ready jobs");
    jobGrid
        .addColumn(d -> String.format(Locale.ROOT, "%.0f s", d.oldestWaitSeconds()))
        .setHeader("Oldest waiting");
    jobGrid.setItems(jobs.depth());
    Span chain = new Span("not checked yet");
    chain.setId("audit-chain");
    Button verify = new Button("Verify audit chain", click -> chain.setText(verifyAs(me)));
    verify.setId("verify-audit-chain");
    verify.setEnabled(me.roles().contains(ClinicianRole.ADMIN));
    return new Div(
        new H3("Dependencies"),
        llmState,
        new H3("Caches"),
        cacheGrid,
        new H3("Background jobs"),
        jobGrid,
        new H3("Audit chain"),
        new Div(verify, new Span(" "), chain));
  }

  /** One cache and its counters since this server started. */
  record CacheRow(String name, CacheStatistics statistics) {}

  private String llmLine() {
    return llm.last()
        .map(
            o ->
                "LLM: circuit "
                    + (o.circuitOpen() ? "OPEN" : "CLOSED")
                    + "; last call "
                    + (o.answered() ? "answered" : "failed (" + o.reason() + ")")
                    + " at "
                    + o.at())
        .orElse("LLM: not called since this server started; circuit CLOSED");
  }

  /** Administrators only, as in the API; checked here too, not only by the disabled button. */
  private String verifyAs(Staff me) {
    if (!me.roles().contains(ClinicianRole.ADMIN)) {
      audit.recordAlone(
          staffNames.auditNameOf(me.username()),
          AuditAction.CONSOLE_ACCESS_REFUSED,
          "view/system/audit-verification");
      return "only administrators verify the audit chain";
    }
    return describe(auditChain.verify());
  }

  private static String describe(AuditVerification v) {
    return v.isIntact()
        ? "intact: " + v.checked() + " records checked"
        : "BROKEN at record " + v.brokenAt().orElse(-1L) + ": " + v.reason().orElse("");
  }
}
