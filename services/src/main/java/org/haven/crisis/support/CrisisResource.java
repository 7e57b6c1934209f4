package org.haven.crisis.support;

/** A service a person can contact: its name, how to reach it, and where to read more. */
public record CrisisResource(String name, String contact, String url) {}
