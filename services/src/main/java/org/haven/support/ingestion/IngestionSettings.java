package org.haven.support.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.database.DatabaseSettings;

/** How operators' documents are kept and cut into passages. */
@ApplicationScoped
public class IngestionSettings {

  @Inject DatabaseSettings database;

  @Inject
  @ConfigProperty(name = "haven.knowledge.documents.dir")
  Optional<String> documentsDir;

  @Inject
  @ConfigProperty(name = "haven.knowledge.chunk.size", defaultValue = "1200")
  int chunkSize;

  @Inject
  @ConfigProperty(name = "haven.knowledge.chunk.overlap", defaultValue = "200")
  int chunkOverlap;

  /** Passages cut and embedded per job step (one transaction, one progress report). */
  @Inject
  @ConfigProperty(name = "haven.knowledge.chunk.batch", defaultValue = "32")
  int batch;

  /** Where uploads wait for their job: the data directory's knowledge folder by default. */
  Path documents() {
    return documentsDir.map(Path::of).orElseGet(() -> database.dataDir().resolve("knowledge"));
  }

  int chunkSize() {
    return chunkSize;
  }

  int chunkOverlap() {
    return chunkOverlap;
  }

  int batch() {
    return batch;
  }
}
