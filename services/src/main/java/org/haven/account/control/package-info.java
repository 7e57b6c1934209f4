/** Registering accounts and checking the passwords people present. */
package org.haven.account.control;
