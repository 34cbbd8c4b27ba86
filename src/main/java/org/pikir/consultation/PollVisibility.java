package org.pikir.consultation;

/** When a poll's results become public: once it has closed (the default), or live while it runs. */
public enum PollVisibility {
    ON_CLOSE,
    LIVE
}
