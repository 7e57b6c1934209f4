/**
 * Crisis screening over HTTP: the summary on a written entry and the check-before-sending endpoint.
 */
package org.haven.api.screening;
