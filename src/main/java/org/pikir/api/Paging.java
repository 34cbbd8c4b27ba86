package org.pikir.api;

/** Validated page parameters of the open-data API. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > 100_000 || s < 1 || s > MAX_SIZE) {
            throw new BadRequest("page must be 0..100000 and size 1.." + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    int offset() {
        return page * size;
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    int fetch() {
        return size + 1;
    }

    /** A 400 answer with a short English reason (the API is for machines; its texts are not translated). */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
