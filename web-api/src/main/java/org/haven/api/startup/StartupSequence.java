package org.haven.api.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.haven.api.auth.SigningKey;
import org.haven.clinician.control.ClinicianBootstrap;
import org.haven.crisis.review.OverdueSweep;
import org.haven.crisis.screening.CrisisScreener;
import org.haven.emotion.EmotionAnalysis;
import org.haven.job.JobWorkers;
import org.haven.models.ModelWatch;
import org.haven.platform.crypto.KeyFileWatch;
import org.haven.platform.database.DatabaseMigrations;
import org.haven.platform.database.EmbeddedDatabase;
import org.haven.support.retrieval.KnowledgeBase;

/**
 * Brings Haven up in the one order that works: the embedded database (if wanted) before the schema
 * migrations, the migrations before anything reads a table, then the first administrator and the
 * token signing key, then the models, the knowledge base, the background workers and the sweep for
 * overdue cases. The API module owns this because the EAR starts it first.
 */
@ApplicationScoped
public class StartupSequence {

  @Inject EmbeddedDatabase embeddedDatabase;

  @Inject DatabaseMigrations migrations;

  @Inject ClinicianBootstrap clinicians;

  @Inject SigningKey signingKey;

  @Inject KeyFileWatch keyFileWatch;

  @Inject ModelWatch modelWatch;

  @Inject CrisisScreener crisisScreener;

  @Inject EmotionAnalysis emotions;

  @Inject JobWorkers jobWorkers;

  @Inject KnowledgeBase knowledge;

  @Inject OverdueSweep overdueCases;

  void onStartup(@Observes Startup startup) {
    embeddedDatabase.startIfWanted();
    migrations.migrate();
    enrolFirstAdministrator();
    signingKey.loadOrGenerate();
    keyFileWatch.start();
    modelWatch.start();
    // Models load now rather than in the first person's request; each failure is logged inside.
    crisisScreener.versions();
    emotions.prepare();
    knowledge.start();
    jobWorkers.start();
    overdueCases.start();
  }

  /** Servers starting together on a new database race here; one enrolment winning is enough. */
  private void enrolFirstAdministrator() {
    try {
      clinicians.ensureAnAdministratorExists();
    } catch (RuntimeException raceWithAnotherServer) {
      if (clinicians.administrators() == 0) {
        throw raceWithAnotherServer;
      }
    }
  }
}
