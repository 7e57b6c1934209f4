/**
 * What a person sees when an entry worries us: a vetted, empathetic message in their language,
 * crisis resources for their country (configuration, not code), and from HIGH up the word that a
 * person on the care team will look, with the Stanley-Brown safety-plan steps.
 */
package org.haven.crisis.support;
