package org.pikir.analysis.engine;

import org.pikir.analysis.DetectedLanguage;

/**
 * What the engine decided for one item.
 *
 * @param itemId the item
 * @param language detected language
 * @param campaignId campaign id, or null when the item is not part of a campaign
 * @param topicId topic id (a campaign member carries its template's topic), or null for an empty scope
 */
public record Assignment(String itemId, DetectedLanguage language, String campaignId, String topicId) {}
