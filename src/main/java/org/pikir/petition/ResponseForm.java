package org.pikir.petition;

/** The addressee's public response to a petition. */
public record ResponseForm(ResponseDecision decision, String text) {}
