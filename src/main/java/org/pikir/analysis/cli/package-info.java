/**
 * The {@code langid} and {@code analyze} commands (batch analysis of files, no server). Exposed as the named
 * interface "cli" for the application's main method, which dispatches to it before Spring starts.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.pikir.analysis.cli;
