/**
 * Byte-preserving edits of YAML values files: {@link dev.deployer.bot.edit.ScalarEditor#set}
 * changes one scalar's text and nothing else.
 *
 * <p>Decisions a reviewer should know:
 * <ul>
 *   <li>Style: the existing quoting is kept when it can carry the new value; a plain value that
 *       would read back as another type or string ({@code 1.10}, {@code true}, {@code 0755},
 *       {@code 2024-01-02}, YAML 1.1's {@code yes}/{@code on}) is written double-quoted; single
 *       quotes stay single ({@code '} as {@code ''}); block scalars are refused.</li>
 *   <li>A missing key is added right after the last entry of its map, at the siblings'
 *       indentation (in a flow map: after its last entry), so comments and blank lines after
 *       the map stay below it; missing parent maps are written nested with the file's indent
 *       step. An empty file becomes {@code version: X\n}; a comment-only file gets the line at
 *       the end. New lines use the file's line break (CRLF if it has any).</li>
 *   <li>Safety net: the result is re-read with {@code YamlParser} (the renderer's reader) and
 *       must equal the original with only the target changed, else a {@code ConfigException}
 *       with {@code file:line:col}.</li>
 * </ul>
 * Depends on snakeyaml-engine (events and marks) and {@code dev.deployer.yaml}; no git here.
 */
package dev.deployer.bot.edit;
