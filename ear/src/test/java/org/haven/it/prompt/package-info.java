/** Journaling prompts through the real server. */
package org.haven.it.prompt;
