package org.haven.api.admin;

import java.util.List;
import org.haven.platform.crypto.Reencryption;

/** The data keys by id (never their bytes) and where the re-encryption job stands. */
public record KeyringView(
    String primary,
    List<String> keyIds,
    boolean managedByHaven,
    long primaryEncryptions,
    long valuesNotUnderPrimary,
    Reencryption.Progress reencryption) {}
