package org.pikir.consultation;

/** Orders of the comment list. */
public enum CommentSort {
    NEWEST,
    MOST_AGREED,
    MOST_DIVISIVE
}
