package dev.deployer.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code render --output}: a summary (text), a document for scripts (json), or the objects
 * themselves (yaml). The converter answers the two spellings of the old folder option.
 */
enum RenderFormat {
    text, json, yaml;

    static final class Converter implements ITypeConverter<RenderFormat> {
        @Override
        public RenderFormat convert(String value) {
            for (RenderFormat f : values()) {
                if (f.name().equals(value)) {
                    return f;
                }
            }
            if (value.equals("-")) {
                throw new TypeConversionException("'-' is not a format: use --output yaml to print the objects");
            }
            throw new TypeConversionException("'" + value + "' is not a format (text, json or yaml);"
                    + " to write under a folder, use --out-dir " + value);
        }
    }
}
