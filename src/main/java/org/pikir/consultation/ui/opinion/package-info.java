/**
 * The opinion-groups panel of a draft, shown on the public draft page and in the officials' consideration
 * workspace (exposed to {@code consideration.ui} as the named interface "opinion-views").
 */
@org.springframework.modulith.NamedInterface("opinion-views")
package org.pikir.consultation.ui.opinion;
