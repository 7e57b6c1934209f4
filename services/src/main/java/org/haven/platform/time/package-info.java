/** The one source of "now" for the application, so time can be controlled where it matters. */
package org.haven.platform.time;
