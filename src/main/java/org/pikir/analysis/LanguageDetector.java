package org.pikir.analysis;

/**
 * The one language detector of the portal (the engine's n-gram profiles with a Lingua expert for close calls).
 * Features call it once per submission and store the answer with the submission. Its models load in the
 * background at start; until then {@link #ready()} is false and readiness reports OUT_OF_SERVICE.
 */
public interface LanguageDetector {

    /** Language of a text (kk, ru, en, uz, ky, tg, tk or und). */
    DetectedLanguage detect(String text);

    /** True once the models are loaded and {@link #detect} answers without waiting. */
    boolean ready();
}
