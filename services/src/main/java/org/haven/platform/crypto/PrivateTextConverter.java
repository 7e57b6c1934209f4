package org.haven.platform.crypto;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.haven.shared.PrivateText;

/**
 * Seals every {@link PrivateText} attribute on its way to PostgreSQL and opens it on the way back.
 * The envelope carries the subject; the entity checks on load that it is its own.
 */
@Converter(autoApply = true)
public class PrivateTextConverter implements AttributeConverter<PrivateText, byte[]> {

  @Inject Keyring keyring;

  @Override
  public byte[] convertToDatabaseColumn(PrivateText value) {
    return value == null ? null : keyring.seal(value.text(), value.subject());
  }

  @Override
  public PrivateText convertToEntityAttribute(byte[] sealed) {
    if (sealed == null) {
      return null;
    }
    Keyring.Opened opened = keyring.open(sealed);
    return new PrivateText(opened.subject(), opened.text());
  }
}
