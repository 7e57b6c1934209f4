/** Data rights through the real server: export and account deletion. */
package org.haven.it.privacy;
