/**
 * Journaling prompts that fit a person's recent emotions and patterns, chosen deterministically
 * from a reviewed library; only prompts safe in a crisis when a recent entry was HIGH or above.
 */
package org.haven.prompt;
