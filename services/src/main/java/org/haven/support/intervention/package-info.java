/**
 * Choosing the support: a decision table in data ({@code support/interventions.json}) from the
 * level, the categories and the dominant emotion to an intervention, an approach, the domains to
 * draw passages from and the situations that rule passages out.
 */
package org.haven.support.intervention;
