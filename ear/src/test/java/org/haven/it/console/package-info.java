/** Browser tests of the clinician console, in headless Chromium through page objects. */
package org.haven.it.console;
