/** System tests of emotion analysis on written entries. */
package org.haven.it.emotion;
