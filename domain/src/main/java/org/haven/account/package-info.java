/** End-user accounts: who may write a journal, and the rules for their usernames and passwords. */
package org.haven.account;
