package org.pikir.appeal;

/**
 * Gives a new appeal its language at submission. A placeholder ({@link ScriptLanguageGuess}) does it until the
 * analysis module assigns the real one through {@link AppealService#recordLanguage}.
 */
public interface AppealLanguageGuess {

    /** An ISO 639-1 code (kk, ru, en, uz, ky, tg, tk) or "und" when unsure. */
    String guess(String text);
}
