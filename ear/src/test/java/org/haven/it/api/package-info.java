/** System tests of the end-user API, run over HTTP against the deployed EAR. */
package org.haven.it.api;
