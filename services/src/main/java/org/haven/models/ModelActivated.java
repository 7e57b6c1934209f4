package org.haven.models;

/**
 * A model version was made active, inside the activation's transaction: observers that queue work
 * for it (re-analysis) commit or roll back with the activation.
 */
public record ModelActivated(String name, String version) {

  public String label() {
    return name + "@" + version;
  }
}
