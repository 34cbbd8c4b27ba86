package org.pikir.appeal;

/** How the author wants to hear back; in-app notifications are always kept, e-mail is added for EMAIL. */
public enum ContactPreference {
    EMAIL,
    IN_APP
}
