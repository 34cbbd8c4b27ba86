package org.pikir.api;

import java.util.List;

/**
 * One page of a list: {@code page} is 0-based, {@code hasMore} says whether a next page exists, {@code total}
 * is present where counting is cheap.
 */
public record ApiPage<T>(int page, int size, boolean hasMore, Long total, List<T> items) {

    /** Builds a page from a fetch of size + 1 rows (the extra row only signals a next page). */
    static <T> ApiPage<T> of(int page, int size, List<T> fetched, Long total) {
        boolean more = fetched.size() > size;
        return new ApiPage<>(page, size, more, total, more ? fetched.subList(0, size) : fetched);
    }
}
