/** The frame around every signed-in view: title, navigation and sign-out. */
package org.haven.admin.layout;
