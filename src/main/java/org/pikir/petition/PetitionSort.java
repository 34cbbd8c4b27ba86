package org.pikir.petition;

/** Orders of the public petition list. */
public enum PetitionSort {
    SIGNATURES,
    NEWEST,
    ENDING_SOON
}
