/** Files Haven writes for itself that only its own operating-system user may read. */
package org.haven.platform.files;
