/** Journaling prompts for the caller. */
package org.haven.api.prompt;
