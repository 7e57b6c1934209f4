/** What the system tests share: the test database, the deployment, an HTTP client and a browser. */
package org.haven.it.support;
