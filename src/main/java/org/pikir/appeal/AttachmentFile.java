package org.pikir.appeal;

/** A downloaded attachment: name, type recognised at upload, and content. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
