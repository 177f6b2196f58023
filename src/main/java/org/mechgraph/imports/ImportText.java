package org.mechgraph.imports;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The text of an import file: gzip is recognised by its magic bytes (whatever the file is called) and read directly,
 * and the bytes must be UTF-8. A byte sequence that is not UTF-8, or a gzip stream that ends early or is damaged,
 * throws {@link ImportException} naming the file and the line where the text stopped making sense, so a format never
 * sees replacement characters or a silently shortened file.
 */
public final class ImportText extends Reader {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final String file;
    private final InputStream in;
    private final boolean gzip;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
    private long line = 1;
    private long bytesRead;
    private boolean eof;
    private boolean first = true;

    private ImportText(String file, InputStream in, boolean gzip) {
        this.file = file;
        this.in = in;
        this.gzip = gzip;
    }

    /** Opens {@code raw} as the text of the file called {@code file}, unpacking gzip when its first bytes say so. */
    public static ImportText open(String file, InputStream raw) {
        try {
            var buffered = new BufferedInputStream(raw, 64 * 1024);
            buffered.mark(2);
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            boolean gzip = b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2;
            InputStream in = gzip ? new GZIPInputStream(buffered, 64 * 1024) : buffered;
            return new ImportText(file, in, gzip);
        } catch (EOFException | ZipException e) {
            throw new ImportException(file, 0, null, "not a readable gzip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file was gzip-compressed. */
    public boolean gzip() {
        return gzip;
    }

    /** Bytes read from the file so far (compressed bytes are counted after unpacking). */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes the next chunk; false at the end of the text. */
    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!eof && bytes.remaining() < 4) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                chars.flip();
                countLines(chars);
                throw new ImportException(file, line, null, "not UTF-8 text: " + result.length()
                        + " byte(s) that are not UTF-8 at byte " + (bytesRead - bytes.remaining() + 1)
                        + (gzip ? " of the unpacked text" : "") + "; save the file as UTF-8");
            }
            if (eof && !bytes.hasRemaining()) {
                decoder.flush(chars);
                break;
            }
        }
        chars.flip();
        if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
            chars.get(); // a byte-order mark is not part of the first field
        }
        first = false;
        countLines(chars.duplicate());
        return chars.hasRemaining() || !eof;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
        } catch (EOFException e) {
            throw new ImportException(file, line, null, "the gzip file ends early (truncated or still being"
                    + " written); nothing of it was imported");
        } catch (ZipException e) {
            throw new ImportException(file, line, null, "the gzip file is damaged (" + e.getMessage() + ")");
        } finally {
            bytes.flip();
        }
    }

    /** Counts line ends in decoded text, so an error names the line it is on (kept as of the last chunk handed out). */
    private void countLines(CharBuffer decoded) {
        while (decoded.hasRemaining()) {
            if (decoded.get() == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
