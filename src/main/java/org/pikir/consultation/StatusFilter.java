package org.pikir.consultation;

/** What the public list filters by: open now, closing within {@link ConsultationQueries#CLOSING_SOON_DAYS}, closed. */
public enum StatusFilter {
    ALL,
    OPEN,
    CLOSING_SOON,
    CLOSED
}
