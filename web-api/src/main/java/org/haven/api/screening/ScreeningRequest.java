package org.haven.api.screening;

/** A text to assess without storing it, and optionally the person's locale ("en-GB"). */
public record ScreeningRequest(String text, String locale) {}
