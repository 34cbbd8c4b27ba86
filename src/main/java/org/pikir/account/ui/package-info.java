/**
 * Account views. Exposed as the named interface "views": the shell and other features link to sign-in,
 * registration and profile (navigation targets only; account logic is in the module's base package).
 */
@org.springframework.modulith.NamedInterface("views")
package org.pikir.account.ui;
