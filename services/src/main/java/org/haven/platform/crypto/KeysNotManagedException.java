package org.haven.platform.crypto;

/** The keys come from configuration, so only the operator can add a key and make it primary. */
public class KeysNotManagedException extends IllegalStateException {

  public KeysNotManagedException() {
    super(
        "Data keys come from haven.crypto.keys: add the new key there and set haven.crypto.primary");
  }
}
