package org.pikir.appeal;

/** What a list of attachments shows; the bytes come from {@link AppealService#attachment}. */
public record AttachmentInfo(long id, String fileName, String contentType, int size) {}
