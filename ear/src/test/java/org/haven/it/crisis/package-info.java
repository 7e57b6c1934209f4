/**
 * System tests of crisis screening, support and the review queue through the API and the database.
 */
package org.haven.it.crisis;
