package org.haven.crisis.support;

import java.util.List;

/**
 * The supportive reply to an entry at MODERATE or above. {@code careTeamWillSee} is true when a
 * case was opened; {@code safetyPlan} lists the six Stanley-Brown steps from HIGH up.
 */
public record SupportMessage(
    String message,
    List<CrisisResource> resources,
    boolean careTeamWillSee,
    List<String> safetyPlan,
    String country,
    String language) {}
