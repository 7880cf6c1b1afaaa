package dev.deployer.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void plainTextIsUntouched() {
        String text = "services/carts/dev.yaml:3: version 'v1.2' größe ✓";
        assertSame(text, Printable.escape(text));
    }

    @Test
    void controlAndInvisibleCharactersBecomeEscapes() {
        assertEquals("v1\\n injected", Printable.escape("v1\n injected"));
        assertEquals("\\x1b[31mred\\x1b[0m\\r\\t\\x7f", Printable.escape("\u001b[31mred\u001b[0m\r\t\u007f"));
        assertEquals("abc\\u202edcba\\u200b", Printable.escape("abc\u202edcba\u200b"));
    }

    @Test
    void thePrinterEscapesMessagesHintsAndKeepsTheCaretUnderTheColumn() {
        Diagnostic d = new Diagnostic(new Location("(none)", 0, 0), "version 'v1\n\u001b[2J' is not valid", "fix\nit");
        assertEquals(List.of("(none): error: version 'v1\\n\\x1b[2J' is not valid", "  hint: fix\\nit"),
                new DiagnosticPrinter(java.nio.file.Path.of(".")).format(d).lines().toList());
    }
}
