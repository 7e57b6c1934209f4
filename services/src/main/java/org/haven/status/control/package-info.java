/** What the console's status view shows: database, schema, version, uptime and volumes. */
package org.haven.status.control;
