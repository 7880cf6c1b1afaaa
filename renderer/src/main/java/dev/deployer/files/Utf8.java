package dev.deployer.files;

import dev.deployer.diag.ConfigException;
import dev.deployer.diag.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Users' files are UTF-8; a file that is not is refused at the line and column of its first bad byte. */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ConfigException(at(bytes, in.position(), file), "file is not valid UTF-8 (byte 0x"
                    + String.format("%02x", bytes[in.position()] & 0xff) + ")", "save it as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Line and column (in bytes) of {@code offset}, 1-based. */
    private static Location at(byte[] bytes, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }
}
