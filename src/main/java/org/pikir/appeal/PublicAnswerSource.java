package org.pikir.appeal;

/** What a public answer was written from: a form-letter campaign or a topic of the agency's appeals. */
public enum PublicAnswerSource {
    CAMPAIGN,
    TOPIC
}
