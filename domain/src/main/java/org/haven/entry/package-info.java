/** The journal: a person's entries, the rules an entry obeys and the errors the journal reports. */
package org.haven.entry;
