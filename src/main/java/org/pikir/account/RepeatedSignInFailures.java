package org.pikir.account;

/**
 * Published (at most once per throttle window and account) when sign-in to an existing account has failed
 * repeatedly, so that its owner hears of it: listen with {@code @ApplicationModuleListener} (durable, after commit).
 * Carries nothing about where the attempts came from.
 */
public record RepeatedSignInFailures(long accountId, int failures) {}
