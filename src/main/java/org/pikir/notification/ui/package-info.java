/** Notification views. Exposed as the named interface "views": the shell's bell links to the notifications page. */
@org.springframework.modulith.NamedInterface("views")
package org.pikir.notification.ui;
