/** The emotion patterns across a person's own entries. */
package org.haven.api.emotion;
