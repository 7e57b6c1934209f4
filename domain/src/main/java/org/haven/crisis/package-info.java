/**
 * Crisis risk as the domain speaks of it: levels that follow the Columbia scale's logic, the
 * categories of concern, the assessment of one text with its evidence, and the review case a
 * clinician works.
 */
package org.haven.crisis;
