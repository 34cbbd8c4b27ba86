/**
 * The shared kernel: value types (language codes, messages, errors), the embedded database, demo data loading,
 * translations and UI helpers. Every module may use all of it (an open module); it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pikir.shared;
