/** The caller's rights over their data: export and deletion. */
package org.haven.api.me;
