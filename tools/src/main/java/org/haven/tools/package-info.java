/**
 * haven-cli: runs the server's own screening code from the command line, over JSON lines, to assess
 * texts and to evaluate the screening against a labelled set.
 */
package org.haven.tools;
