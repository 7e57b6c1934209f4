/** The safety gate every generated text passes before anyone sees it (SAFETY.md rule 11). */
package org.haven.support.gate;
