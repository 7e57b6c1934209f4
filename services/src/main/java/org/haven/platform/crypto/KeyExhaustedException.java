package org.haven.platform.crypto;

/** The primary key has sealed as much as the rotation policy allows and no new key is in place. */
public class KeyExhaustedException extends IllegalStateException {

  public KeyExhaustedException(String keyId) {
    super("Key " + keyId + " has reached its encryption limit; make a new key primary");
  }
}
