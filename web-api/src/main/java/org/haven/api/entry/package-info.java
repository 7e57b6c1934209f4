/** The journal over HTTP: /api/v1/entries and the shapes it reads and writes. */
package org.haven.api.entry;
