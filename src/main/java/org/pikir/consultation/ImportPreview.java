package org.pikir.consultation;

import java.util.List;
import java.util.Map;

/**
 * The split of pasted texts, merged by article number, for the official to check and fix before saving.
 * {@code counts} is articles found per language; {@code missing} lists "number:language" pairs where one
 * language has an article the others lack.
 */
public record ImportPreview(List<ArticleForm> articles, Map<String, Integer> counts, List<String> missing) {}
