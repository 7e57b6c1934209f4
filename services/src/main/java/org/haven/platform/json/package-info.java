/** JSON data files the services ship. */
package org.haven.platform.json;
