package org.pikir.shared.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory, but never more than {@code maxBytes} of it: the size a request declares is checked
 * before reading, and the stream is read at most {@code maxBytes + 1} bytes far, so a client that ignores the
 * browser's limit (or sends no length) is refused after that much and the rest is never buffered. A refused file
 * is answered 422 by Vaadin and does not reach {@code receiver}; so is one when {@code accepting} says no (e.g.
 * the maximum number of files is reached).
 */
public final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final SerializableSupplier<Boolean> accepting;
    private final SerializableBiConsumer<String, byte[]> receiver;

    public LimitedUpload(
            long maxBytes, SerializableSupplier<Boolean> accepting, SerializableBiConsumer<String, byte[]> receiver) {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GiB");
        }
        this.maxBytes = maxBytes;
        this.accepting = accepting;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("too large");
            return;
        }
        if (!Boolean.TRUE.equals(accepting.get())) {
            event.reject("not accepted");
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            event.reject("too large");
            return;
        }
        receiver.accept(event.getFileName(), bytes);
    }

    /** Also for multipart posts, which Vaadin checks against these before handing a part over. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
