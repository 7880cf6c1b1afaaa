package dev.deployer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployer.diag.ConfigException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void decodesUtf8() {
        assertEquals("größe: 1\n", Utf8.decode("größe: 1\n".getBytes(StandardCharsets.UTF_8), "f.yaml"));
    }

    @Test
    void refusesAtTheLineAndColumnOfTheFirstBadByte() {
        byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xe9, '\n'};
        ConfigException e = assertThrows(ConfigException.class, () -> Utf8.decode(bytes, "dev.yaml"));
        assertEquals("dev.yaml:2:4: error: file is not valid UTF-8 (byte 0xe9)", e.diagnostics().get(0).headline());
    }
}
