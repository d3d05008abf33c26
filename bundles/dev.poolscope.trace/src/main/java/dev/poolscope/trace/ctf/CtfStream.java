package dev.poolscope.trace.ctf;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One thread's CTF stream file, written a whole packet at a time: a packet is assembled in memory
 * (at most {@link #PACKET_BYTES}) and appended when the next event does not fit, so the file never
 * holds a partial packet and memory stays at one packet per thread. The layout is packed: every
 * type of the metadata is byte-aligned.
 *
 * <p>Timestamps must not decrease within a stream: an event whose time is below the stream's
 * previous one (or negative) is stamped with the previous time (or 0); its seq field still orders it.
 */
final class CtfStream {

    static final int PACKET_BYTES = 64 * 1024;

    private static final int MAGIC = 0xC1FC1FC1;
    /** Packet header (magic, uuid, stream id) and context (two timestamps, three u64 sizes/counts, thread). */
    private static final int PREAMBLE_BYTES = 4 + 16 + 4 + 8 + 8 + 8 + 8 + 8 + 4;
    /** Event header (id, timestamp), seq, chunk, up to five 64-bit fields. */
    private static final int MAX_EVENT_BYTES = 4 + 8 + 8 + 4 + 5 * 8;

    private final Path file;
    private final int thread;
    private final byte[] uuid;
    /** The header's labels as NUL-terminated UTF-8, by index. */
    private final List<byte[]> labels;
    private final ByteBuffer packet = ByteBuffer.allocate(PACKET_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long packetFirstTime;
    private long lastTime;
    private int packetEvents;
    /** Bytes in the file: where the next packet goes. */
    private long fileBytes;

    CtfStream(Path file, int thread, byte[] uuid, List<String> labels) {
        this.file = file;
        this.thread = thread;
        this.uuid = uuid;
        this.labels = labels.stream().map(CtfStream::cString).toList();
    }

    /**
     * A label as a CTF string: its UTF-8 up to a NUL it may hold (a CTF string ends at the first NUL),
     * then the NUL.
     */
    private static byte[] cString(String label) {
        byte[] utf8 = label.getBytes(StandardCharsets.UTF_8);
        int end = 0;
        while (end < utf8.length && utf8[end] != 0) {
            end++;
        }
        byte[] text = new byte[end + 1];
        System.arraycopy(utf8, 0, text, 0, end);
        return text;
    }

    void add(Event event) throws IOException {
        byte[] text = event.kind() == EventKind.LABEL ? labels.get((int) event.p0()) : null;
        // a label's text is at most 257 bytes (a trace file caps labels at 256), so an event always fits a packet
        if (packet.remaining() < MAX_EVENT_BYTES + (text == null ? 0 : text.length)) {
            flush();
        }
        long time = Math.max(lastTime, event.time());
        if (packetEvents == 0) {
            packet.position(PREAMBLE_BYTES);
            packetFirstTime = time;
        }
        packet.putInt(event.kind().code()).putLong(time).putLong(event.seq()).putInt(event.chunk());
        for (int i = 0; i < event.kind().fields().size(); i++) {
            packet.putLong(event.field(i));
        }
        if (text != null) {
            packet.put(text);
        }
        lastTime = time;
        packetEvents++;
    }

    /** Appends the packet being assembled, if it has events, to the stream file. */
    void flush() throws IOException {
        if (packetEvents > 0) {
            int length = packet.position();
            long bits = 8L * length;
            packet.position(0);
            packet.putInt(MAGIC).put(uuid).putInt(0)
                    .putLong(packetFirstTime).putLong(lastTime).putLong(bits).putLong(bits).putLong(0).putInt(thread);
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(packet.array(), 0, length);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                throw FileOperationException.of("write", file, "a packet at byte " + fileBytes, e);
            }
            fileBytes += length;
            packet.clear();
            packetEvents = 0;
        }
    }
}
