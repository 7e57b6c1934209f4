package org.haven.models;

/** Where a registered version stands: uploaded, serving, or served before. */
public enum ModelState {
  STAGED,
  ACTIVE,
  RETIRED
}
